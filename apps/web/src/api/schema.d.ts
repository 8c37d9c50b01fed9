/**
 * Generated from the API's OpenAPI document by `npm run web:client` (openapi-typescript).
 * Do not edit: change the API's controllers and DTOs, then run the command again.
 */

export interface paths {
    "/auth/board-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue board in a browser (operators only)
         * @description Sets an HttpOnly cookie, limited to /admin/queues, with the current access token. Only for the installation's operators (BOARD_OPERATORS); a region's admin gets 403.
         */
        post: operations["AuthController_boardSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with e-mail and password
         * @description Rate-limited per client address and per account (429). Every failure is the same 401, whether the address has no account, the password is wrong or the account is locked: repeated failures lock the account for a while without saying so, and its holder gets an e-mail.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: revoke the refresh token and every token rotated from it
         * @description Ends the session at once: its refresh tokens, and its access tokens from the next request on (they are listed as signed out in Redis for as long as one can live). The person's other sessions go on. An unknown or already revoked token is ignored, so signing out twice is no error.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: e-mail a link to choose a new one
         * @description Always 202 with the same body, whether or not an account has the address: the answer tells no one which addresses have accounts. Counted with the sign-in attempts (429). The e-mail (through the outbox and the worker; only where SMTP is configured) holds a single-use link that works for PASSWORD_RESET_TTL_MINUTES; a newer request replaces it.
         */
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose the new password with the token from the e-mail
         * @description The link works once. It signs out every session of the account (its access tokens at once) and lifts a lock from failed sign-ins. 404 for an unknown token; 410 once used, replaced or expired.
         */
        post: operations["PasswordResetController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair
         * @description A refresh token works once. Using one again signs out every session that came from it.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in from the portal (a browser)
         * @description As POST /auth/login (the same limits and the same 401 for every failure), but the refresh token is set as an HttpOnly, SameSite=Strict cookie for /auth/session only, and the body holds the access token alone.
         */
        post: operations["BrowserSessionController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out in the portal: ends the cookie's session (its access tokens too, at once) and clears the cookie
         * @description Without a session cookie it still answers 204, so that signing out twice is harmless.
         */
        post: operations["BrowserSessionController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renew the portal's access token with the session cookie
         * @description The cookie works once and is replaced; a cookie used a second time signs out every session that came from it (as POST /auth/refresh). 401 clears the cookie.
         */
        post: operations["BrowserSessionController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the employer network
         * @description The region's employers with their details for the WSP (notes, status history, vacancy figures), filtered by status, sector, PC4, account manager and whether they have open vacancies; cursor pagination.
         */
        get: operations["EmployersController_list"];
        put?: never;
        /**
         * Add an employer to the network
         * @description Creates its organisation; invite its users with POST /invitations.
         */
        post: operations["EmployersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One employer
         * @description WSP staff: any of the region; an employer user: its own.
         */
        get: operations["EmployersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an employer
         * @description Send the version you read; 409 with currentVersion otherwise.
         */
        patch: operations["EmployersController_update"];
        trace?: never;
    };
    "/employers/{id}/pledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept the current pledge for your employer
         * @description Needed before vacancies can be published; a new version asks again.
         */
        post: operations["EmployersController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the status (prospect, active, dormant, ended); kept with its date
         * @description Each change is kept in the employer's status history with its date, note and who made it. The dormant-employer follow-ups leave the status to the account manager.
         */
        post: operations["EmployersController_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/employers/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SBI sections (sector letters) with Dutch and English labels
         * @description The sector letters (A to U) of the CBS's Standaard Bedrijfsindeling that employers and vacancies are filed under.
         */
        get: operations["EmployersController_sectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Asks nothing of PostgreSQL or Redis: for a liveness probe, which should not restart the API when a dependency is away.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PostgreSQL and Redis answer; 503 when either does not
         * @description For a readiness probe: PostgreSQL and Redis each have 1.5 s to answer a ping.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first (match digests and more)
         * @description A match digest's entries and a proposal's news for its coach carry the vacancy's vog (schema VacancyVogDto), in your language when the item was written.
         */
        get: operations["InboxController_list[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Only your own notifications; marking one read again changes nothing.
         */
        post: operations["InboxController_read[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Programmes taking sign-ups today
         * @description Open, and today within the sign-up window. Programme facts only.
         */
        get: operations["IntakeController_programmes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/programmes/{id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up for a programme
         * @description Sends a six-digit code to the contact (e-mail; by phone once an SMS provider is configured, until then the WSP calls). The sign-up counts once the code is confirmed. The answer is the same whether or not the contact is known.
         */
        post: operations["IntakeController_signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/signups/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a sign-up with its code
         * @description The code works for 15 minutes and allows 5 wrong tries.
         */
        post: operations["IntakeController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/vog-guidance/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The VOG explained for a kind of work, before any vacancy
         * @description For a youth who reads up before signing up: what a VOG is, when work of this kind needs one, how far Justis looks back, how to request it, its cost with date and source, how long it takes and what to do after a refusal. Dutch (B1) and English, from the same rule tables as every vacancy's guidance. Public.
         */
        get: operations["IntakeController_vogGuidance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone into an organisation of your region
         * @description The invitee gets an e-mail with a single-use link that expires.
         */
        post: operations["InvitationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation and choose a password
         * @description No sign-in: the token from the invitation link is the proof. It works once and until it expires; the account is created with the role and organisation of the invitation. Sign in with POST /auth/login afterwards.
         */
        post: operations["InvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in account
         * @description Read from the database, not from the token: a changed display name or status shows at once.
         */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/language": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Your language (nl or en): of your e-mails, and of what the API writes for you (the VOG summary of a vacancy)
         * @description E-mails follow at once; the API reads the language from the access token, so there it counts from the next token (refresh it, or sign in again).
         */
        put: operations["MeController_language"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications, newest first (match digests and more)
         * @description A match digest's entries and a proposal's news for its coach carry the vacancy's vog (schema VacancyVogDto), in your language when the item was written.
         */
        get: operations["InboxController_list[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Only your own notifications; marking one read again changes nothing.
         */
        post: operations["InboxController_read[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your tasks: check-ins due, concerns to act on, follow-ups to record
         * @description Open tasks by default (open=false: done ones too), those without a due date first, then the earliest due; at most 200.
         */
        get: operations["MeController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task done
         * @description Only your own tasks; marking one done again changes nothing.
         */
        post: operations["MeController_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Employers of the network with their vacancy and VOG figures
         * @description Filters as GET /employers. Each item: id, name, status, sector, locations, accountManager {id, name} or null, vacancies {total, open, lastOpenedAt}, vog {vacancies, asked, share, byBasis {legal_requirement, employer_choice, not_asked}}, dormantSince (no open vacancy for more than 6 months, else null). Cursor pagination.
         */
        get: operations["NetworkController_employers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/network/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The network at a glance
         * @description employers {total, byStatus, bySector, byArea (by municipality), byAccountManager, byPc4 (per PC4 area with its position: employers located there, open vacancies there; for a map)}; vacanciesInReview (longest waiting first, with daysWaiting and the vacancy's vog); unansweredProposals (past the region's SLA in working days: still waiting, or expired in the last 30 days; each vacancy with its vog); vog (the region's share by basis, and byEmployer); dormant (employers with no open vacancy for 6 months). Lists are {total, items} with at most 100 items.
         */
        get: operations["NetworkController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations of your region
         * @description WSP staff and admins see the whole region; others see their own organisation.
         */
        get: operations["OrganisationsController_list"];
        put?: never;
        /**
         * Add an organisation to your region
         * @description A coaching organisation, an employer or a WSP, named once per region. Invite its people with POST /invitations; an employer in the network is added with POST /employers.
         */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organisation
         * @description Another region's organisation, or one you may not see, answers 404.
         */
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts of one organisation
         * @description Name, e-mail, role and status of each account, cursor-paginated. WSP staff and admins: any organisation of the region; others: their own (another's answers 404).
         */
        get: operations["OrganisationsController_users_"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations/{id}/users/{userId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Close or reopen an account
         * @description For someone who left (or came back to) an organisation of your region. Closing ends every session of the account at once and refuses its sign-in (403 account-disabled) until reopened; nothing it made is removed. WSP staff close and reopen the accounts of coaches and employers, admins any account but their own. Audited.
         */
        put: operations["OrganisationsController_setUserStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A placement
         * @description Coach and WSP: with the check-ins' work skills and the follow-ups. Employer: dates, hours, wage, its mentor notes and reference only. Everyone: the vacancy's vog (schema VacancyVogDto).
         */
        get: operations["PlacementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/check-ins/{checkInId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a check-in: each work skill good, working_on_it or concern (a concern becomes your task)
         * @description By the youth's contact person (its coach, or WSP staff for a youth from open intake), on one of the placement's check-ins; recording it again overwrites it. Answers the placement.
         */
        put: operations["PlacementsController_checkIn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/check-ins/{checkInId}/mentor-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * The mentor's short note on a check-in
         * @description By the placement's employer, while the placement is active; writing it again overwrites it. Answers the placement as the employer sees it.
         */
        put: operations["PlacementsController_mentorNote"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the placement: completed, or ended_early with a reason; follow-ups at 3 and 6 months become the coach's tasks
         * @description By the coach, the employer or WSP staff. The youth's contact person may say at once what the youth goes on to (status). Answers the placement.
         */
        post: operations["PlacementsController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * What became of the youth at the end, after 3 or after 6 months
         * @description By the coach or WSP staff, once the placement has ended; recording a moment again replaces it, and the follow-up task of that moment is done with it. Monitoring counts these.
         */
        put: operations["PlacementsController_followUp"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/referee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Name yourself (WSP) as referee for the youth's next application
         * @description The coach sees your name and e-mail address as the referee on the placement; naming yourself again replaces whoever was named.
         */
        put: operations["PlacementsController_referee"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/placements/{id}/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the reference for the youth's next application
         * @description By the placement's employer, at any time; writing it again replaces it. The youth's coach is told.
         */
        put: operations["PlacementsController_reference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The current friendly-employer pledge (Dutch and English)
         * @description The latest version of the pledge an employer accepts before its vacancies can be reviewed (POST /employers/{id}/pledge with this version).
         */
        get: operations["EmployersController_pledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region's programmes (WSP staff also see drafts)
         * @description Latest work window first. Coaches and employers see a programme once it is open.
         */
        get: operations["ProgrammesController_list"];
        put?: never;
        /**
         * Create a summer programme (draft): age band, sign-up and work windows, choices per youth, kinds
         * @description Only WSP staff see a draft; it opens with POST /programmes/{id}/status. Left out: ages 15 to 21, 5 choices, summer jobs only.
         */
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme
         * @description A draft answers 404 to anyone but WSP staff and admins.
         */
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a draft programme
         * @description A field left out stays as it is. Once open, a programme keeps its settings.
         */
        patch: operations["ProgrammesController_update"];
        trace?: never;
    };
    "/programmes/{id}/allocation-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The allocation runs, latest first
         * @description Each with its status, seed and, when done, its report.
         */
        get: operations["ProgrammesController_runs"];
        put?: never;
        /**
         * Start an allocation run (a draft; its seed is recorded): follow its progress on the run
         * @description Queued as a job on the allocation queue; the answer is the queued run. One run at a time per programme; a new run supersedes the draft before it.
         */
        post: operations["ProgrammesController_startRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/allocation-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A run: status, progress, and when done its report (sizes, matched, priority matched with and without the tier, blocking pairs, times)
         * @description Poll it after starting a run: queued, running, then draft (or failed).
         */
        get: operations["ProgrammesController_run"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/allocation-runs/{runId}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each youth of the run with the vacancy matched (or none: the next round's)
         * @description A match carries its vacancy's vog (schema VacancyVogDto), null without a match.
         */
        get: operations["ProgrammesController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/allocation-runs/{runId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the latest draft: its matches become proposals and the placement flow takes over
         * @description Each match becomes a proposal with the same note, unless the youth withdrew consent to introductions or the employer met the youth meanwhile (counted apart). The programme becomes published.
         */
        post: operations["ProgrammesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Youths in the programme with their choices, a page in the order they were entered: a coach sees their own organisation's, WSP staff everyone
         * @description Each entry: the pseudonym, where it came from (coach or open intake), the ranked choices, its status and priority yes/no.
         */
        get: operations["ProgrammesController_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/entries/{youthId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enrol a youth with ranked choices, or change them (coach: own youths; WSP staff: youths from open intake)
         * @description The choices are the programme's vacancy ids, most wished first, at most its maxChoices. The youth must be in the programme's age band on its first day of work.
         */
        put: operations["ProgrammesController_enter"];
        post?: never;
        /**
         * Take a youth out of the programme
         * @description The entry is kept as withdrawn; the youth's choices no longer count in a run.
         */
        delete: operations["ProgrammesController_withdrawEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A programme's monitoring: its snapshots and the figures now
         * @description snapshots: [{id, moment (baseline | weekly | close), isoWeek, takenAt}]; current: the report computed now. WSP staff and admins of the region: the whole programme, every figure protected by the cell-key method: a multiple of 5, 19 in 20 within 4 of the true count and all within 9, the same for the same youths in every report; a figure that comes to 0 (nobody, or a few) is null (empty in CSV), and a kind, sector or area row is left out when its signedUp is; protection says so. Figures are rounded each on their own: a total need not be the sum of its rows. Coaches: only their own organisation's youths, exact. A report: overall, byKind, bySector, byArea (home municipality); each row {key, label, counts {signedUp, signedUpIntake, signedUpCoach, priority, proposed, introduced, firstInterview, showedUpFirstInterview, placed, completed, endedEarly, threeMonths…/sixMonths… follow-ups}, priorityShare}; all counts are youths. ?format=csv gives text/csv (RFC 4180, comma, decimal point, header row: programme, moment, taken_at, dimension, key, label, then one column per count and priority_share).
         */
        get: operations["MonitoringController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/monitoring/{snapshotId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One monitoring snapshot of a programme
         * @description snapshot {id, moment, isoWeek, takenAt} and its report. WSP staff and admins of the region: the whole programme, every figure protected by the cell-key method: a multiple of 5, 19 in 20 within 4 of the true count and all within 9, the same for the same youths in every report; a figure that comes to 0 (nobody, or a few) is null (empty in CSV), and a kind, sector or area row is left out when its signedUp is; protection says so. Figures are rounded each on their own: a total need not be the sum of its rows. Coaches: only their own organisation's youths, exact. A report: overall, byKind, bySector, byArea (home municipality); each row {key, label, counts {signedUp, signedUpIntake, signedUpCoach, priority, proposed, introduced, firstInterview, showedUpFirstInterview, placed, completed, endedEarly, threeMonths…/sixMonths… follow-ups}, priorityShare}; all counts are youths. ?format=csv gives text/csv (RFC 4180, comma, decimal point, header row: programme, moment, taken_at, dimension, key, label, then one column per count and priority_share).
         */
        get: operations["MonitoringController_snapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the programme: draft → open → allocating → published → closed (allocating ↔ open, published → allocating for a next round)
         * @description Opening takes the baseline monitoring snapshot, closing the last one. Publishing goes through POST /programmes/{id}/allocation-runs/{runId}/publish. Moving to the status it has changes nothing.
         */
        post: operations["ProgrammesController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The programme's vacancies with their places (an employer sees its own)
         * @description Each with its vog (schema VacancyVogDto): basis, the summary in your language, the guidance route.
         */
        get: operations["ProgrammesController_vacancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programmes/{id}/vacancies/{vacancyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enlist a vacancy with a number of places (or change the places), while the programme is draft or open
         * @description An employer enlists its own vacancies; WSP staff any of the region. The vacancy must be open or in review, of a kind the programme takes and within its work window.
         */
        put: operations["ProgrammesController_enlist"];
        post?: never;
        /**
         * Take a vacancy out of the programme (its choices go too), while the programme is draft or open
         * @description The youths' choices of it are removed from their entries. An employer takes out its own vacancies only.
         */
        delete: operations["ProgrammesController_withdrawVacancy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Proposals
         * @description Employers: the inbox of proposals for your vacancies as anonymous candidate cards, in order of proposal time. Coaches: your organisation's. WSP: the region's. Each carries its vacancy's vog (schema VacancyVogDto), without the coach's indication: that is a sealed read per youth, made on GET /proposals/{id}.
         */
        get: operations["ProposalsController_list"];
        put?: never;
        /**
         * Propose one of your youths for an open vacancy
         * @description Needs consent to introductions and passes the hard filters, or answers 422 with the reasons.
         */
        post: operations["ProposalsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal
         * @description For the employer: the candidate card; the first look marks it viewed. With the vacancy's vog (schema VacancyVogDto; VacancyVogForYouthDto on the youth's side); for a coach of the proposing organisation with vog.indication for the youth (a read of the sealed VOG concern, audited).
         */
        get: operations["ProposalsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the youth's acceptance: the placement is created (never more than the vacancy's places)
         * @description By the youth's contact person. The placement gets its check-ins; the employer learns the youth's full name.
         */
        post: operations["ProposalsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a viewed proposal, with a reason category for the coach
         * @description After a look, or after the interview. The coach hears the reason category; the youth is not proposed for this vacancy again.
         */
        post: operations["ProposalsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/interview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Plan (or move) the interview: date, time and place or video link
         * @description By the employer or the youth's contact person, once the youth is introduced. Reminders go out a day and two hours before; the youth's contact person decides whether the youth's own e-mail gets them too (remindYouth). Moving it drops the reminders of the old slot.
         */
        post: operations["ProposalsController_interview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/interview-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After the slot: showed_up, no_show or rescheduled (a no-show goes back to the coach, no penalty)
         * @description showed_up makes the proposal interviewed, ready for an offer; no_show and rescheduled keep the interview planned, to be planned again.
         */
        post: operations["ProposalsController_outcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/introduce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the youth agrees to be introduced
         * @description Only then the employer sees the first name and the chosen contact.
         */
        post: operations["ProposalsController_introduce"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite the candidate (the coach then asks the youth)
         * @description The employer wants to meet the candidate after a look at the card. The youth's contact person is told and asks the youth whether to be introduced (POST /proposals/{id}/introduce).
         */
        post: operations["ProposalsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The proposal's message thread, oldest first
         * @description Between the employer and the youth's contact person (the proposing organisation's coaches; WSP staff for a youth from open intake), from the introduction on; read-only once the proposal closed. The employer sees the contact side signed only as "Contactpersoon van <first name>". The page marks the other side's messages on it read. 409 before the introduction; 404 for a proposal you may not see.
         */
        get: operations["ProposalsController_messages"];
        put?: never;
        /**
         * Write in the message thread
         * @description The other side gets an inbox item and an e-mail saying there is a message and where to read it (never its text). 409 before the introduction or once the proposal closed. The youth's contact person writes as "the contact person": a name, organisation or address typed into a message reaches the employer as typed.
         */
        post: operations["ProposalsController_write"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Offer the place: start date, hours, wage (at least the legal minimum)
         * @description After the interview, or to change an offer not yet accepted. The wage is checked against the lowest legal minimum any candidate of the card's age can be owed over the period; the exact minimum for this youth is checked when the acceptance is recorded.
         */
        post: operations["ProposalsController_offer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a proposal (any time before placed)
         * @description By the youth's contact person. The reason stays with the contact side; the employer loses the proposal, its card and its thread (404 from then on).
         */
        post: operations["ProposalsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/region/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The region's placement settings: proposal SLA and check-in weeks
         * @description For everyone of the region: how many working days an employer has to answer a proposal before it expires, and the weeks of new placements that get a check-in.
         */
        get: operations["RegionSettingsController_get"];
        /**
         * Change the proposal SLA or the check-in weeks (new placements follow the new weeks)
         * @description A field left out stays as it is. Audited. Placements made before keep their check-ins.
         */
        put: operations["RegionSettingsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vacancies
         * @description Employers: their own. WSP: the region. Coaches: open ones. Every vacancy carries its VOG (vog: the requirement, the summary in your language, the guidance route); the full guidance (vogGuidance) is on GET /vacancies/{id} and on the guidance route, not in the list.
         */
        get: operations["VacanciesController_list"];
        put?: never;
        /**
         * Post a vacancy (as a draft)
         * @description Checks labour law, minimum wage and kind rules; computes the minimum legal age.
         */
        post: operations["VacanciesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One vacancy
         * @description vog is the requirement as posted plus the summary in your language and the guidance route (schema PostedVacancyVogDto); vogGuidance is the full guidance. Coaches may pass youthId for the coach-only VOG indication (vog.indication, and vogIndicationForYouth in both languages; audited as a sealed read).
         */
        get: operations["VacanciesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a vacancy
         * @description Changing hours, age, wage or VOG of an open vacancy sends it back to review.
         */
        patch: operations["VacanciesController_update"];
        trace?: never;
    };
    "/vacancies/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WSP review: open the vacancy
         * @description The vacancy opens: coaches can see it and propose their youths for it, and match alerts go out. The comment is kept in its review history.
         */
        post: operations["VacanciesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the vacancy
         * @description For good: a closed vacancy is no longer suggested or open to proposals, and cannot be opened again. Its proposals and placements stay.
         */
        post: operations["VacanciesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WSP review: send back to the employer with comments
         * @description A submitted vacancy goes back to draft, with the comment (required) in its review history for the employer.
         */
        post: operations["VacanciesController_sendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit for WSP review (needs the accepted current pledge)
         * @description A draft (or an open vacancy) goes to review: the region's WSP staff see it in their review queue (GET /network/summary).
         */
        post: operations["VacanciesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Youths who fit a vacancy: for WSP staff the pseudonymous profiles with priority, for a coach their own youths
         * @description With the vacancy's vog (schema VacancyVogDto). A coach gets only the own organisation's youths who consented to matching, without the priority field, and only for an open vacancy (another answers 404).
         */
        get: operations["MatchingController_forVacancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/{id}/vog-guidance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The vacancy's full VOG guidance, in Dutch (B1) and English
         * @description For everyone who may see the vacancy (404 otherwise, as GET /vacancies/{id}): vog (basis, the summary in your language, this route) and guidance (version, asked, nl and en, each a summary and sections). Every representation of a vacancy links here (vog.guidance).
         */
        get: operations["VacanciesController_vogGuidance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vacancies/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the rules make of a vacancy as you type it (nothing is saved)
         * @description Runs the rules of POST /vacancies on the vacancy so far: the minimum legal age with its reasons, the minimum wage per age over its period, the VOG guidance exactly as a youth will read it, and every problem saving would refuse (as a list, not a 400). Title, description, postcode area, places, skills and languages may still be missing.
         */
        post: operations["VacancyPreviewController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocabulary/risk-factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Risk and protective factors for the sealed record
         * @description Bureau Beke / WODC (2022): "Do or Don't" as summarised in "Stop de in- en doorgroei", annex 1. Coaches only.
         */
        get: operations["VocabularyController_riskFactors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vocabulary/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Skills and interests, grouped by sector (Dutch and English labels)
         * @description Shared by youth profiles and vacancies.
         */
        get: operations["VocabularyController_skills"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Youths: your own (coach) or those of the region who consented to matching (WSP)
         * @description Coaches get their organisation's active youths as CoachYouthDto; WSP staff the pseudonymous profiles (YouthProfileDto: no identity, no date of birth, priority yes/no only) of the region's active youths who consented to matching. Filters combine; cursor pagination.
         */
        get: operations["YouthController_list"];
        put?: never;
        /**
         * Register a youth you coach
         * @description Gives the youth a pseudonym; name and contact are stored encrypted.
         */
        post: operations["YouthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One youth
         * @description Another organisation's youth answers 404.
         */
        get: operations["YouthController_get"];
        put?: never;
        post?: never;
        /**
         * AVG erasure on request
         * @description Deletes identity, sealed record, consents, contact key, programme entries, allocation matches and the message threads of its proposals for good; the profile is anonymised, proposals keep only the pseudonym. Audited. For the youth's contact: a coach for a youth of their own organisation, or WSP staff for a youth of their region without an organisation (from open intake). Other coaches and WSP staff get 404; employers and admins 403.
         */
        delete: operations["YouthController_erase"];
        options?: never;
        head?: never;
        /**
         * Change a youth you coach
         * @description Send the version you read; 409 with currentVersion when it changed meanwhile.
         */
        patch: operations["YouthController_update"];
        trace?: never;
    };
    "/youths/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The youth's consents, given and withdrawn
         * @description For the youth's contact: a coach for a youth of their own organisation, or WSP staff for a youth of their region without an organisation (from open intake). Other coaches and WSP staff get 404; employers and admins 403.
         */
        get: operations["YouthController_consents"];
        put?: never;
        /**
         * Record consent
         * @description Under 16 a parent or guardian gives it. Nothing is shared before consent.
         */
        post: operations["YouthController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths/{id}/consents/{consentId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a consent
         * @description Stops matching (scope matching) and introductions (scope introductions); the youth's open proposals are withdrawn. Audited. For the youth's contact: a coach for a youth of their own organisation, or WSP staff for a youth of their region without an organisation (from open intake). Other coaches and WSP staff get 404; employers and admins 403.
         */
        post: operations["YouthController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * AVG export: everything kept about the youth, as JSON
         * @description Audited. The sealed record is in it for the own coach only (a youth from open intake has none). For the youth's contact: a coach for a youth of their own organisation, or WSP staff for a youth of their region without an organisation (from open intake). Other coaches and WSP staff get 404; employers and admins 403.
         */
        get: operations["YouthController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths/{id}/sealed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the sealed risk record
         * @description Own organisation only; every read is audited with its purpose.
         */
        get: operations["YouthController_readSealed"];
        /**
         * Write the sealed risk record
         * @description Send the version you read (0 for a new record); audited with its purpose.
         */
        put: operations["YouthController_writeSealed"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/youths/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open vacancies that fit one of your youths, best first, with the reasons
         * @description Every feasible vacancy within the travel distance is scored; the top k are returned. Another organisation's youth is a 404. Each vacancy carries its vog (schema VacancyVogForYouthDto) with the indication for this youth: the sealed VOG concern the score reads anyway (one audited read).
         */
        get: operations["MatchingController_forYouth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            /** Format: password */
            password: string;
            /** @description The token from the invitation link. */
            token: string;
        };
        AcceptPledgeDto: {
            /** @description the version you read (GET /pledge) */
            version: number;
        };
        AccountLockedDataDto: {
            entries: components["schemas"]["AccountLockedEntryDto"][];
        };
        AccountLockedEntryDto: {
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /**
             * Format: date-time
             * @description until when sign-in is locked
             */
            lockedUntil: string | null;
        };
        AccountLockedItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["AccountLockedDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "account_locked";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AccountManagerCountDto: {
            /** @description null: employers without one */
            accountManager: components["schemas"]["NamedRefDto"] | null;
            employers: number;
        };
        AccountManagerDto: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        AllocationReportDto: {
            /** @description pairs who would both rather have each other (0 for a stable result) */
            blockingPairs: number;
            choices: number;
            /** @description choices dropped because the vacancy's employer already had a proposal for the youth */
            choicesAtEmployersMetBefore: number;
            /** @description youths who chose nothing, whose choices were made for them from the best-scoring fitting vacancies */
            choicesMadeForYouths: number;
            /** @description choices dropped because the vacancy is no longer in the programme */
            choicesNoLongerOffered: number;
            /** @description choices that pass the hard filters */
            feasibleChoices: number;
            infeasibleMatches: number;
            matched: number;
            ms: components["schemas"]["AllocationTimesDto"];
            outsideChoices: number;
            overCapacity: number;
            /** @description the worker's peak memory in MB */
            peakRssMb: number;
            places: number;
            priorityMatched: number;
            /** @description the same seed and choices without the priority tier: what the tier changes */
            priorityMatchedWithoutTier: number;
            priorityYouths: number;
            round: number;
            seed: number;
            unmatched: number;
            vacancies: number;
            youths: number;
        };
        AllocationRunDto: {
            /** @description why it failed */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** @description percent done */
            progress: number;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description once finished as a draft */
            report: components["schemas"]["AllocationReportDto"] | null;
            /** @description the round of allocation: 1, then one more after each publishing */
            round: number;
            /** @description the lottery seed: the same seed and input give the same result */
            seed: number;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "queued" | "running" | "draft" | "failed" | "published" | "superseded";
        };
        AllocationTimesDto: {
            allocate: number;
            /** @description checking and scoring every choice */
            build: number;
            check: number;
            load: number;
            /** @description reading the input from PostgreSQL */
            read: number;
            store: number;
            total: number;
        };
        AreaCountDto: {
            /** @description an employer counts once in each of its municipalities */
            employers: number;
            municipality: string;
            /** @description the municipality's PC4 areas where employers are located */
            pc4s: string[];
        };
        AvailabilityWindowDto: {
            /**
             * Format: date
             * @example 2027-07-05
             */
            from: string;
            hoursPerWeek: number;
            /**
             * @description school: term time; holiday: school holidays or not at school
             * @enum {string}
             */
            period: "school" | "holiday";
            /**
             * Format: date
             * @example 2027-08-13
             */
            to: string;
            weekdays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
        };
        BilingualDto: {
            en: string;
            nl: string;
        };
        BrowserSessionDto: {
            /** @description Keep it in memory only; it expires after expiresIn seconds: then POST /auth/session/refresh. */
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        CandidateCardDto: {
            ageYears: number;
            availability: components["schemas"]["AvailabilityWindowDto"][];
            /**
             * @description km from the youth to the vacancy, as a band
             * @enum {string|null}
             */
            distanceBand: "0-5" | "5-10" | "10-20" | "20+" | null;
            /** @enum {string|null} */
            educationLevel: "primary" | "vso_pro" | "vmbo" | "havo" | "vwo" | "mbo_1" | "mbo_2" | "mbo_3" | "mbo_4" | "hbo" | "wo" | "none" | null;
            /** @description interest codes */
            interests: string[];
            /** @description ISO 639-1 codes */
            languages: string[];
            /** @description in the youth's own words */
            motivation: string | null;
            /**
             * @description this employer's own pseudonym for the youth
             * @example Kandidaat 4HX9
             */
            pseudonym: string;
            /** @description skill codes */
            skills: string[];
        };
        CheckInConcernTaskDataDto: {
            /** Format: uuid */
            checkInId: string;
            /** Format: uuid */
            placementId: string;
            /** @description the work skills rated a concern */
            skills: ("onTime" | "callsInSick" | "reportsLateness" | "followsInstructions" | "asksForHelp")[];
        };
        CheckInConcernTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CheckInConcernTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "check_in_concern";
            titleEn: string;
            titleNl: string;
        };
        CheckInDto: {
            note?: string;
            /** @description every one of onTime, callsInSick, reportsLateness, followsInstructions, asksForHelp */
            skills: components["schemas"]["WorkSkillsDto"];
        };
        CheckInTaskDataDto: {
            /** Format: uuid */
            checkInId: string;
            /** Format: uuid */
            placementId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
        };
        CheckInTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["CheckInTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "check_in";
            titleEn: string;
            titleNl: string;
        };
        CheckInViewDto: {
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description week: at the end of that week of the placement; last_week: in its last week
             * @enum {string}
             */
            label: "week" | "last_week";
            /** @description the mentor's short note */
            mentorNote: string | null;
            /** Format: date-time */
            mentorNoteAt: string | null;
            /** @description the coach's note */
            note: string | null;
            /**
             * Format: date-time
             * @description null until recorded
             */
            recordedAt: string | null;
            /** @description each work skill rated; null until recorded */
            skills: components["schemas"]["WorkSkillsDto"] | null;
            week: number;
        };
        ChoicesDto: {
            /** @description the programme's vacancy ids, most wished first (at most the programme's maxChoices) */
            choices: string[];
        };
        CoachYouthDto: {
            age: number;
            availability: components["schemas"]["AvailabilityWindowDto"][];
            consents: components["schemas"]["ConsentViewDto"][];
            /** Format: date-time */
            createdAt: string;
            dateOfBirth: string;
            education: components["schemas"]["EducationDto"];
            /** Format: uuid */
            id: string;
            identity: components["schemas"]["IdentityDto"];
            interests: string[];
            languages: string[];
            matchAlerts: boolean;
            maxTravelKm: number;
            motivation: string | null;
            otherSkills: string | null;
            /** @example 3072 */
            pc4: string;
            /** @description priority yes/no; the reason stays with the coach */
            priority: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            referringOrganisation: components["schemas"]["OrganisationRefDto"] | null;
            skills: string[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            wishedKinds: string[];
        };
        ConsentDto: {
            /**
             * Format: date-time
             * @description when it was given; now when left out
             */
            givenAt?: string;
            /**
             * @description under 16 a parent or guardian consents
             * @enum {string}
             */
            givenBy: "youth" | "parent_guardian";
            /**
             * @description matching: within the region; introductions: to employers
             * @enum {string}
             */
            scope: "matching" | "introductions";
        };
        ConsentViewDto: {
            /** Format: date-time */
            givenAt: string;
            /** @enum {string} */
            givenBy: "youth" | "parent_guardian";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            scope: "matching" | "introductions";
            withdrawalReason: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
        };
        ContactMessageNewsEntryDto: {
            employerName: string;
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /**
             * @description the route of the thread
             * @example /proposals/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/messages
             */
            messages: string;
            /** Format: uuid */
            proposalId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            vacancyTitle: string;
        };
        CreateEmployerDto: {
            /** Format: uuid */
            accountManagerId?: string;
            contactEmail?: string;
            contactName: string;
            contactPhone?: string;
            /**
             * @description KvK number: 8 digits (format only; it has no check digit)
             * @example 12345678
             */
            kvk: string;
            /**
             * @example [
             *       "3072"
             *     ]
             */
            locations: string[];
            name: string;
            /** @description the account manager's notes; WSP only */
            notes?: string;
            /**
             * @description SBI section letter (GET /employers/sectors)
             * @example I
             */
            sector: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            /**
             * @description vestigingsnummer: 12 digits
             * @example 000012345678
             */
            vestigingsnummer?: string;
        };
        CreateInvitationDto: {
            /** @example Samira */
            displayName: string;
            /** @example coach@jongerenwerk.test */
            email: string;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "coach" | "employer" | "wsp_staff" | "admin";
        };
        CreateOrganisationDto: {
            /** @enum {string} */
            kind: "wsp" | "coaching" | "employer";
            /** @example Jongerenwerk Noord */
            name: string;
        };
        CreateProgrammeDto: {
            /**
             * Format: date
             * @description first day of sign-up and enrolment
             * @example 2027-03-01
             */
            applyFrom: string;
            /**
             * Format: date
             * @example 2027-05-15
             */
            applyTo: string;
            /** @default 21 */
            maxAge: number;
            /** @default 5 */
            maxChoices: number;
            /** @default 15 */
            minAge: number;
            /** @example Zomerbanen 2027 */
            name: string;
            /**
             * @description only summer jobs, or other kinds too
             * @default true
             */
            summerJobsOnly: boolean;
            /**
             * Format: date
             * @description first day of work (the age band is checked on it)
             * @example 2027-07-05
             */
            workFrom: string;
            /**
             * Format: date
             * @example 2027-08-27
             */
            workTo: string;
        };
        CreateVacancyDto: {
            /** @description 5-digit crebo code; required for internship and bbl_place */
            crebo?: string;
            description: string;
            /** @description false for holiday work (summer jobs) */
            duringSchoolWeeks: boolean;
            /**
             * Format: uuid
             * @description WSP staff: the employer; employer users post for their own
             */
            employerId?: string;
            /**
             * Format: date
             * @example 2027-08-13
             */
            endDate: string;
            /** @description how the first week goes */
            firstWeek?: string | null;
            /** @description gross euros an hour, in whole cents; not for work_experience (left out or null) */
            hourlyWage?: number | null;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            languages: string[];
            /** @description SBB leerbedrijf-ID; required for internship and bbl_place */
            leerbedrijfId?: string;
            mentorName?: string | null;
            /** @description the youngest age the employer wants; at least the legal minimum */
            minimumAge: number;
            /** @example 3072 */
            pc4: string;
            places: number;
            /**
             * @description the SBI code of the activity (e.g. 88.91 kinderopvang, 49.32 taxivervoer); it must fall in the sector's section
             * @example 88.91
             */
            sbiCode?: string;
            schedule: components["schemas"]["ScheduleDto"];
            /** @example I */
            sector: string;
            skills: string[];
            /**
             * Format: date
             * @example 2027-07-05
             */
            startDate: string;
            title: string;
            traits: components["schemas"]["TraitsDto"];
            vog: components["schemas"]["VogDto"];
        };
        DeclineDto: {
            /**
             * @description shown to the coach
             * @enum {string}
             */
            reason: "no_fit_skills" | "availability" | "no_places_left" | "other";
        };
        DormantEmployerDto: {
            accountManager: components["schemas"]["NamedRefDto"] | null;
            employer: components["schemas"]["NamedRefDto"];
            /**
             * Format: date-time
             * @description since when it has had no open vacancy
             */
            since: string;
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
        };
        DormantEmployersDto: {
            /**
             * Format: date-time
             * @description quiet since before this is dormant
             */
            cutoff: string;
            /** @description the longest quiet first */
            items: components["schemas"]["DormantEmployerDto"][];
            lookBackMonths: number;
            total: number;
        };
        EducationDto: {
            /**
             * @description crebo code of the mbo programme (5 digits)
             * @example 25180
             */
            crebo?: string;
            /** @enum {string} */
            level: "primary" | "vso_pro" | "vmbo" | "havo" | "vwo" | "mbo_1" | "mbo_2" | "mbo_3" | "mbo_4" | "hbo" | "wo" | "none";
            school?: string;
            /** @enum {string} */
            status: "enrolled" | "enrolling" | "finished" | "dropped_out" | "none";
            /** @example Medewerker horeca */
            track?: string;
        };
        EmailFailedTaskDataDto: {
            attempts: number;
            /** Format: uuid */
            emailId: string;
            /**
             * @description the kind of e-mail; never who it was for
             * @example proposal
             */
            kind: string;
            reason: string;
        };
        EmailFailedTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["EmailFailedTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "email_failed";
            titleEn: string;
            titleNl: string;
        };
        EmployerCheckInDto: {
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /**
             * @description week: at the end of that week of the placement; last_week: in its last week
             * @enum {string}
             */
            label: "week" | "last_week";
            /** @description the mentor's short note */
            mentorNote: string | null;
            /** Format: date-time */
            mentorNoteAt: string | null;
            week: number;
        };
        EmployerDormantTaskDataDto: {
            /** Format: uuid */
            employerId: string;
            lookBackMonths: number;
            /**
             * Format: date-time
             * @description since when it has had no open vacancy
             */
            since: string;
        };
        EmployerDormantTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["EmployerDormantTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer_dormant";
            titleEn: string;
            titleNl: string;
        };
        EmployerDto: {
            /** @description the WSP's contact for this employer; null: none yet */
            accountManager: components["schemas"]["AccountManagerDto"] | null;
            contactEmail: string | null;
            contactName: string;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 12345678 */
            kvk: string;
            /**
             * @description 4-digit postcode areas
             * @example [
             *       "3072"
             *     ]
             */
            locations: string[];
            name: string;
            pledge: components["schemas"]["PledgeStateDto"];
            /**
             * @description SBI section letter
             * @example I
             */
            sector: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
            /** @description send it back when changing the employer */
            version: number;
            /** @example 000012345678 */
            vestigingsnummer: string | null;
        };
        EmployerMessageNewsEntryDto: {
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /**
             * @description the route of the thread
             * @example /proposals/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/messages
             */
            messages: string;
            /** Format: uuid */
            proposalId: string;
            vacancyTitle: string;
        };
        EmployerPlacementDto: {
            /** @description in week order */
            checkIns: components["schemas"]["EmployerCheckInDto"][];
            /** Format: date */
            endDate: string;
            /**
             * Format: date
             * @description the last day worked, once ended
             */
            endedOn: string | null;
            /**
             * @description why it ended early; null otherwise
             * @enum {string|null}
             */
            endReason: "youth_stopped" | "employer_stopped" | "mutual" | "other_work" | "education" | "circumstances" | "other" | null;
            /** @description gross euros an hour; null for work experience */
            hourlyWage: number | null;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            proposalId: string;
            /** Format: date-time */
            referenceAt: string | null;
            /** @description the employer's reference for the youth's next application */
            referenceText: string | null;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            state: "active" | "completed" | "ended_early";
            /** Format: uuid */
            vacancyId: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        EmployerProposalDto: {
            candidate: components["schemas"]["CandidateCardDto"];
            /** Format: uuid */
            id: string;
            /** @description with introduction: the interview, null while none is planned */
            interview?: components["schemas"]["ProposalInterviewDto"] | null;
            /** @description GET /proposals/{id} from the introduction on: who the youth is and how to reach them */
            introduction?: components["schemas"]["IntroductionDto"];
            /** @description the coach's note */
            note: string;
            /** @description with introduction: the offer, null while none is made */
            offer?: components["schemas"]["ProposalOfferDto"] | null;
            /**
             * Format: uuid
             * @description with introduction: the placement, once the offer was accepted
             */
            placementId?: string | null;
            /** Format: date-time */
            proposedAt: string;
            /**
             * @description never withdrawn or expired: those are gone for the employer (404)
             * @enum {string}
             */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
            /** @description in the list, and from the introduction on: the contact person's messages not read yet */
            unreadMessages?: number;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        EmployerProposalNewsEntryDto: {
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /** Format: uuid */
            proposalId: string;
            vacancyTitle: string;
        };
        EmployerProposalPageDto: {
            /** @description in order of proposal time */
            items: components["schemas"]["EmployerProposalDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        EmployerStatusChangeDto: {
            /** Format: date-time */
            changedAt: string;
            note: string | null;
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
        };
        EmployerStatusCountsDto: {
            active: number;
            dormant: number;
            ended: number;
            prospect: number;
        };
        EmployerStatusDto: {
            note?: string;
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
        };
        EmployerVacancyFiguresDto: {
            open: number;
            total: number;
            /** @description vacancies that ask a VOG, for any reason */
            vogAsked: number;
        };
        EmployerVogShareDto: {
            /** @description vacancies that ask a VOG, for any reason */
            asked: number;
            byBasis: components["schemas"]["VogBasisCountsDto"];
            employer: components["schemas"]["NamedRefDto"];
            /** @description asked / vacancies, two decimals; null without vacancies */
            share: number | null;
            vacancies: number;
        };
        EmployerVogSharesDto: {
            /** @description employers with vacancies, the highest share first */
            items: components["schemas"]["EmployerVogShareDto"][];
            total: number;
        };
        EndDto: {
            /**
             * Format: date
             * @description the last day worked; today when left out
             * @example 2027-08-27
             */
            endedOn?: string;
            /** @enum {string} */
            outcome: "completed" | "ended_early";
            /**
             * @description required when ended_early
             * @enum {string}
             */
            reason?: "youth_stopped" | "employer_stopped" | "mutual" | "other_work" | "education" | "circumstances" | "other";
            /**
             * @description what the youth goes on to, if known now
             * @enum {string}
             */
            status?: "still_working_there" | "other_job" | "education" | "nothing" | "unknown";
        };
        EnlistDto: {
            /** @description places for the programme, at most the vacancy's own */
            places: number;
        };
        ExportedAuditEventDto: {
            /** @example youth.sealed.read */
            action: string;
            /** @description the role of who did it; null: the system */
            actorRole: string | null;
            /** Format: date-time */
            at: string;
            purpose: string;
        };
        ExportedConsentDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            givenAt: string;
            /** @enum {string} */
            givenBy: "youth" | "parent_guardian";
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            recordedBy: string | null;
            /** @enum {string} */
            scope: "matching" | "introductions";
            withdrawalReason: string | null;
            /** Format: date-time */
            withdrawnAt: string | null;
            /** Format: uuid */
            withdrawnBy: string | null;
            /** Format: uuid */
            youthId: string;
        };
        ExportedMessageDto: {
            body: string;
            /** Format: uuid */
            proposalId: string;
            /** Format: date-time */
            sentAt: string;
            /** @enum {string} */
            side: "employer" | "contact";
            vacancyTitle: string;
        };
        ExportedYouthDto: {
            availability: components["schemas"]["AvailabilityWindowDto"][];
            /**
             * Format: date
             * @description the first day of the availability, kept for searching
             */
            availableFrom: string | null;
            /**
             * Format: date
             * @description the last day of the availability, kept for searching
             */
            availableTo: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @description the account that registered the youth
             */
            createdBy: string | null;
            /** Format: date */
            dateOfBirth: string | null;
            education: components["schemas"]["EducationDto"];
            /** @description the education's level, kept apart for searching */
            educationLevel: string | null;
            /** Format: date-time */
            erasedAt: string | null;
            /** Format: uuid */
            id: string;
            interests: string[];
            languages: string[];
            /**
             * Format: date-time
             * @description counts for erasure after inactivity
             */
            lastActivityAt: string;
            matchAlerts: boolean;
            maxTravelKm: number | null;
            motivation: string | null;
            /**
             * Format: uuid
             * @description the coaching organisation; null for a youth from open intake
             */
            organisationId: string | null;
            otherSkills: string | null;
            /** @example 3072 */
            pc4: string | null;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /** Format: uuid */
            regionId: string;
            skills: string[];
            /**
             * @description an erased youth has nothing left to export (404)
             * @enum {string}
             */
            status: "active";
            /** Format: date-time */
            updatedAt: string;
            version: number;
            wishedKinds: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
        };
        FollowUpDto: {
            /** @enum {string} */
            moment: "end" | "three_months" | "six_months";
            /** @enum {string} */
            status: "still_working_there" | "other_job" | "education" | "nothing" | "unknown";
        };
        FollowUpTaskDataDto: {
            /** @enum {string} */
            moment: "end" | "three_months" | "six_months";
            /** Format: uuid */
            placementId: string;
        };
        FollowUpTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["FollowUpTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "follow_up";
            titleEn: string;
            titleNl: string;
        };
        IdentityDto: {
            email?: string;
            firstName: string;
            lastName: string;
            /** @example +31612345678 */
            phone?: string;
            /**
             * @description how an introduced employer reaches the youth: the youth's own phone, e-mail or WhatsApp, or via_coach: through the proposal's message thread with the contact person (the employer never gets the coach's name or address)
             * @enum {string}
             */
            preferredContact: "phone" | "email" | "whatsapp" | "via_coach";
        };
        IdentityPatchDto: {
            /** @description null: none (removes it) */
            email?: string | null;
            firstName?: string;
            lastName?: string;
            /** @description null: none (removes it) */
            phone?: string | null;
            /**
             * @description how an introduced employer reaches the youth: the youth's own phone, e-mail or WhatsApp, or via_coach: through the proposal's message thread with the contact person (the employer never gets the coach's name or address)
             * @enum {string}
             */
            preferredContact?: "phone" | "email" | "whatsapp" | "via_coach";
        };
        InboxDto: {
            /** @description newest first, at most 50 */
            items: (components["schemas"]["MatchDigestItemDto"] | components["schemas"]["ProposalNewsItemDto"] | components["schemas"]["InterviewReminderItemDto"] | components["schemas"]["PlacementNewsItemDto"] | components["schemas"]["MessageNewsItemDto"] | components["schemas"]["AccountLockedItemDto"])[];
        };
        IntakeConsentDto: {
            /**
             * @description under 16 a parent or guardian gives consent
             * @enum {string}
             */
            givenBy: "youth" | "parent_guardian";
            /**
             * @description the WSP may introduce you to an employer (first name and your contact) when you agree to meet
             * @default false
             */
            introductions: boolean;
            /** @description the WSP may match you to the programme's jobs; must be true to take part */
            matching: boolean;
        };
        IntakeContactTaskDataDto: {
            firstName: string;
            /** @description the number the code could not be sent to */
            phone: string;
            programmeName: string;
            /** @description why the text message was not sent */
            reason: string;
            /** Format: uuid */
            signupId: string;
        };
        IntakeContactTaskDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["IntakeContactTaskDataDto"];
            /**
             * Format: date-time
             * @description null: still to do
             */
            doneAt: string | null;
            /**
             * Format: date
             * @description null: no due date
             */
            dueOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "intake_contact";
            titleEn: string;
            titleNl: string;
        };
        IntakeProgrammeDto: {
            /**
             * @description first day of sign-up
             * @example 2027-03-01
             */
            applyFrom: string;
            /**
             * @description last day of sign-up
             * @example 2027-05-15
             */
            applyTo: string;
            /** Format: uuid */
            id: string;
            /** @description the kinds of work this programme takes */
            kinds: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
            /**
             * @description oldest age on workFrom
             * @example 21
             */
            maxAge: number;
            /**
             * @description youngest age on workFrom
             * @example 15
             */
            minAge: number;
            /** @example Zomerbanen Rotterdam 2027 */
            name: string;
            /**
             * @description first day of work
             * @example 2027-07-05
             */
            workFrom: string;
            /**
             * @description last day of work
             * @example 2027-08-27
             */
            workTo: string;
        };
        InterviewDto: {
            /**
             * Format: date-time
             * @example 2027-06-14T10:00:00+02:00
             */
            at: string;
            place?: string;
            /** @description coach only: send the reminders to the youth's own e-mail too (kept until changed) */
            remindYouth?: boolean;
            videoLink?: string;
        };
        InterviewHistoryEntryDto: {
            /**
             * Format: date-time
             * @description a slot planned before
             */
            at: string;
            /**
             * @description what came of it, when recorded
             * @enum {string}
             */
            outcome?: "showed_up" | "no_show" | "rescheduled";
        };
        InterviewOutcomeDto: {
            /** @enum {string} */
            outcome: "showed_up" | "no_show" | "rescheduled";
        };
        InterviewReminderDataDto: {
            entries: components["schemas"]["InterviewReminderEntryDto"][];
        };
        InterviewReminderEntryDto: {
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /** Format: uuid */
            proposalId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /** @enum {string} */
            reminder: "day_before" | "two_hours";
            /**
             * Format: date-time
             * @description the interview
             */
            slotAt: string;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            vog: components["schemas"]["VacancyVogDto"];
            /** @description whether the youth's own e-mail got the reminder too */
            youthReminded: boolean;
        };
        InterviewReminderItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["InterviewReminderDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "interview_reminder";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        IntroductionContactDto: {
            /**
             * @description the youth's own channel, or messages: the proposal's thread with the youth's contact person
             * @enum {string}
             */
            channel: "email" | "phone" | "whatsapp" | "messages";
            /** @description the address or number; for messages the route of the thread */
            value: string;
        };
        IntroductionDto: {
            contact: components["schemas"]["IntroductionContactDto"];
            firstName: string;
            /** @description once the offer was accepted */
            lastName?: string;
            /**
             * @description the route of the thread with the youth's contact person
             * @example /proposals/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/messages
             */
            messages: string;
        };
        InvitationDto: {
            /**
             * @description email: the invitee gets the link by e-mail, and it is nowhere else. link: this deployment sends no e-mail (no SMTP): inviteUrl is the link, shown once, to hand over to the invitee alone.
             * @enum {string}
             */
            delivery: "email" | "link";
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description Only when delivery is link; null otherwise.
             */
            inviteUrl: string | null;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "coach" | "employer" | "wsp_staff" | "admin";
        };
        KindVogGuidanceDto: {
            en: components["schemas"]["KindVogTextDto"];
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            /** @description Dutch, B1 level */
            nl: components["schemas"]["KindVogTextDto"];
        };
        KindVogSectionDto: {
            body: string;
            /** @description where the facts of this section come from */
            sources: components["schemas"]["VogGuidanceSourceDto"][];
            title: string;
        };
        KindVogTextDto: {
            sections: components["schemas"]["KindVogSectionDto"][];
            /** @description one or two sentences */
            summary: string;
        };
        LanguageDto: {
            /** @enum {string} */
            language: "nl" | "en";
        };
        LegalAgeReasonDto: {
            /** @description the youngest age at which this rule alone is met (99: never) */
            age: number;
            code: string;
            source: string;
            text: components["schemas"]["TextDto"];
        };
        LegalDutyDto: {
            /** @enum {string} */
            field: "childcare" | "education" | "taxi";
            source: string;
            validFrom: string;
            when: components["schemas"]["TextDto"];
        };
        LoginDto: {
            /** @example wsp@voorbeeld.startbaan.test */
            email: string;
            /** Format: password */
            password: string;
        };
        MatchDigestDataDto: {
            entries: components["schemas"]["MatchDigestEntryDto"][];
        };
        MatchDigestEntryDto: {
            /** @description <youthId>:<vacancyId>: a pair matched again replaces its entry */
            key: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /** @description the match score */
            score: number;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            /** @description in your language when the digest was written; no indication (alerts read no sealed records) */
            vog: components["schemas"]["VacancyVogDto"];
            /** Format: uuid */
            youthId: string;
        };
        MatchDigestItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["MatchDigestDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "match_digest";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MentorNoteDto: {
            /** @description the mentor's short note */
            note: string;
        };
        MessageDto: {
            /** @description plain text; the other side is told there is a message, never what it says */
            body: string;
        };
        MessageNewsDataDto: {
            /** @description the contact person's entry (with the youth's pseudonym and the employer), or the employer's */
            entries: (components["schemas"]["ContactMessageNewsEntryDto"] | components["schemas"]["EmployerMessageNewsEntryDto"])[];
        };
        MessageNewsItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["MessageNewsDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "proposal_message";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        MinimumWageDto: {
            age: number;
            /**
             * @description the first day that minimum is owed
             * @example 2027-07-05
             */
            from: string;
            /** @description gross euros an hour: the highest minimum owed at this age on any day of the period */
            hourly: number;
            source: string;
            validFrom: string;
        };
        MonitoringCountsDto: {
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            completed: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            endedEarly: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            firstInterview: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            introduced: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            placed: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            priority: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            proposed: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            showedUpFirstInterview: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            signedUp: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            signedUpCoach: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            signedUpIntake: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsEducation: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsFollowedUp: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsNothing: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsOtherJob: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsStillWorkingThere: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            sixMonthsUnknown: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsEducation: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsFollowedUp: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsNothing: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsOtherJob: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsStillWorkingThere: number | null;
            /** @description youths; null where the figure is protected away (WSP staff: one that comes to 0) */
            threeMonthsUnknown: number | null;
        };
        MonitoringOverviewDto: {
            /**
             * @description region: the whole programme (WSP staff, admins); organisation: a coach's own youths
             * @enum {string}
             */
            audience: "region" | "organisation";
            /** @description the figures now */
            current: components["schemas"]["MonitoringReportDto"];
            programme: components["schemas"]["MonitoringProgrammeDto"];
            protection: components["schemas"]["ProtectionDto"];
            /** @description oldest first */
            snapshots: components["schemas"]["SnapshotSummaryDto"][];
        };
        MonitoringProgrammeDto: {
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            openedAt: string | null;
            /** @enum {string} */
            status: "draft" | "open" | "allocating" | "published" | "closed";
        };
        MonitoringReportDto: {
            /**
             * Format: date-time
             * @description when the figures were computed: the snapshot's moment, or now
             */
            asOf: string;
            /** @description by home municipality */
            byArea: components["schemas"]["MonitoringRowDto"][];
            byKind: components["schemas"]["MonitoringRowDto"][];
            bySector: components["schemas"]["MonitoringRowDto"][];
            overall: components["schemas"]["MonitoringRowDto"];
        };
        MonitoringRowDto: {
            counts: components["schemas"]["MonitoringCountsDto"];
            /** @description the kind, sector letter or municipality; null for the overall row */
            key: string | null;
            /** @example totaal */
            label: string;
            /** @description priority / signedUp, two decimals, from the figures as shown; null when either is not shown */
            priorityShare: number | null;
        };
        MonitoringSnapshotDto: {
            /**
             * @description region: the whole programme (WSP staff, admins); organisation: a coach's own youths
             * @enum {string}
             */
            audience: "region" | "organisation";
            programme: components["schemas"]["MonitoringProgrammeDto"];
            protection: components["schemas"]["ProtectionDto"];
            report: components["schemas"]["MonitoringReportDto"];
            snapshot: components["schemas"]["SnapshotSummaryDto"];
        };
        NamedRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        NetworkEmployerDto: {
            /** @description the account manager; null: none */
            accountManager: components["schemas"]["NamedRefDto"] | null;
            /**
             * Format: date-time
             * @description since when it has had no open vacancy, once that is longer than the look-back; else null
             */
            dormantSince: string | null;
            /** Format: uuid */
            id: string;
            /** @description 4-digit postcode areas */
            locations: string[];
            name: string;
            /**
             * @description SBI section letter
             * @example I
             */
            sector: string;
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
            vacancies: components["schemas"]["NetworkVacancyFiguresDto"];
            vog: components["schemas"]["VogShareDto"];
        };
        NetworkEmployerFiguresDto: {
            byAccountManager: components["schemas"]["AccountManagerCountDto"][];
            /** @description by municipality of the locations, most employers first */
            byArea: components["schemas"]["AreaCountDto"][];
            /** @description per PC4 area with its position, for a map */
            byPc4: components["schemas"]["Pc4CountDto"][];
            /** @description most employers first */
            bySector: components["schemas"]["SectorCountDto"][];
            byStatus: components["schemas"]["EmployerStatusCountsDto"];
            total: number;
        };
        NetworkEmployerPageDto: {
            items: components["schemas"]["NetworkEmployerDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        NetworkSummaryDto: {
            /** Format: date-time */
            asOf: string;
            dormant: components["schemas"]["DormantEmployersDto"];
            employers: components["schemas"]["NetworkEmployerFiguresDto"];
            /** @description past the region's SLA: still waiting, or expired lately */
            unansweredProposals: components["schemas"]["UnansweredProposalsDto"];
            vacanciesInReview: components["schemas"]["VacanciesInReviewDto"];
            /** @description the region's vacancies, and per employer */
            vog: components["schemas"]["RegionVogShareDto"];
        };
        NetworkVacancyFiguresDto: {
            /**
             * Format: date-time
             * @description when a vacancy of the employer last opened
             */
            lastOpenedAt: string | null;
            open: number;
            total: number;
        };
        OfferDto: {
            /**
             * Format: date
             * @description the last day; the vacancy's end date when left out
             * @example 2027-08-27
             */
            endDate?: string;
            /** @description gross euros an hour, in whole cents; not for work experience */
            hourlyWage?: number;
            hoursPerWeek: number;
            /**
             * Format: date
             * @example 2027-07-05
             */
            startDate: string;
        };
        OrganisationDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "wsp" | "coaching" | "employer";
            name: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            nextCursor: string | null;
        };
        OrganisationRefDto: {
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
        };
        PasswordResetAcceptedDto: {
            /** @description The same for every address, with an account or without. */
            detail: string;
        };
        PasswordResetConfirmDto: {
            /** Format: password */
            password: string;
            /** @description The token from the link in the e-mail. */
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example werkgever@goudenkorstje.startbaan.test */
            email: string;
        };
        Pc4CountDto: {
            /** @description employers located there */
            employers: number;
            lat: number;
            lon: number;
            municipality: string;
            /** @description open vacancies there */
            openVacancies: number;
            /** @example 3072 */
            pc4: string;
        };
        PlacementDto: {
            /** @description in week order */
            checkIns: components["schemas"]["CheckInViewDto"][];
            /** Format: uuid */
            employerId: string;
            /** Format: date */
            endDate: string;
            /**
             * Format: date
             * @description the last day worked, once ended
             */
            endedOn: string | null;
            /**
             * @description why it ended early; null otherwise
             * @enum {string|null}
             */
            endReason: "youth_stopped" | "employer_stopped" | "mutual" | "other_work" | "education" | "circumstances" | "other" | null;
            /** @description gross euros an hour; null for work experience */
            hourlyWage: number | null;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** @description what became of the youth at the end and at the follow-ups, in the order recorded */
            outcomes: components["schemas"]["PlacementOutcomeDto"][];
            /** Format: uuid */
            proposalId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /** @description the WSP staff member named as referee; null: none */
            referee: components["schemas"]["RefereeDto"] | null;
            /** Format: date-time */
            referenceAt: string | null;
            /** @description the employer's reference for the youth's next application */
            referenceText: string | null;
            /** Format: uuid */
            regionId: string;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            state: "active" | "completed" | "ended_early";
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            vog: components["schemas"]["VacancyVogDto"];
            /** Format: uuid */
            youthId: string;
        };
        PlacementNewsDataDto: {
            entries: components["schemas"]["PlacementNewsEntryDto"][];
        };
        PlacementNewsEntryDto: {
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /** Format: uuid */
            placementId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            vacancyTitle: string;
            /**
             * @description a check-in with a concern, the ending, or the reference written
             * @enum {string}
             */
            what: "concern" | "ended" | "reference";
        };
        PlacementNewsItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["PlacementNewsDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "placement";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PlacementOutcomeDto: {
            /** @enum {string} */
            moment: "end" | "three_months" | "six_months";
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description what the youth went on to
             * @enum {string}
             */
            status: "still_working_there" | "other_job" | "education" | "nothing" | "unknown";
        };
        PledgeStateDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description the version the employer accepted last; null: none yet */
            acceptedVersion: number | null;
            /** @description the latest version of the pledge (GET /pledge) */
            currentVersion: number;
        };
        PostedVacancyVogDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /**
             * @description Justis function aspects of the general profile
             * @example [
             *       21
             *     ]
             */
            functionAspects: number[];
            /**
             * @description the full guidance in both languages
             * @example /vacancies/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/vog-guidance
             */
            guidance: string;
            /** @description coach only, about one of the coach's own youths (a read of the sealed VOG concern, audited) */
            indication?: components["schemas"]["VogIndicationRefDto"];
            /**
             * @description with legal_requirement: the sector whose law requires the VOG (derived from the vacancy)
             * @enum {string}
             */
            legalSector?: "childcare" | "education" | "taxi";
            /** @enum {string} */
            paidBy: "employer" | "youth_reimbursed" | "youth";
            /** @description a specific screening profile, when the employer named one */
            screeningProfile?: number;
            /** @description one line in the reader's language (the language of the access token: PUT /me/language, then refresh) */
            summary: string;
        };
        PreviewVogDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /** @description the law that makes a VOG compulsory for this vacancy, derived from what it is */
            legalDuty: components["schemas"]["LegalDutyDto"] | null;
            /** @description one line in the reader's language, as every representation of the vacancy will carry it */
            summary: string;
        };
        /** @description RFC 9457 problem details, the body of every error (application/problem+json). A client acts on type (a stable slug) and status; title, detail and each error's field and message stay in English for programs and logs. What a person reads is text (the problem) and each error's text, in language: the signed-in user's language, or Accept-Language (nl or en, Dutch by default) on public routes; the Content-Language header says the same. Other members than those listed may be added; ignore the ones you do not know. */
        Problem: {
            /** @description 409 invalid-transition: the states it can move to from here. */
            allowed?: string[];
            /**
             * Format: date
             * @description 409 programme-not-open: the programme's first day of sign-up.
             */
            applyFrom?: string;
            /**
             * Format: date
             * @description 409 programme-not-open: the programme's last day of sign-up.
             */
            applyTo?: string;
            /** @description Open intake code check: wrong codes still allowed before the sign-up locks. */
            attemptsLeft?: number;
            /** @description 503 not-ready: each dependency with its status. */
            checks?: {
                [key: string]: unknown;
            };
            /** @description 409 on a programme or proposal: the state it is in now. */
            currentState?: string;
            /** @description 409 on a vacancy: the vacancy's status now. */
            currentStatus?: string;
            /** @description 409 version-conflict: the version now stored; read it again and apply your change to it. */
            currentVersion?: number;
            /**
             * @description What went wrong this time, in words; never a stored value of someone else.
             * @example email: email must be an e-mail address
             */
            detail: string;
            /** @description Invalid input (400 validation, 422 missing-value and role-does-not-fit-organisation): one entry per failed rule, naming the field. */
            errors?: {
                /**
                 * @description The rule broken, stable: a validation rule (isEmail, maxLength, …) or a domain code (ageBand, contactFormat, …); invalid when none more precise.
                 * @example isEmail
                 */
                code: string;
                /**
                 * @description A dotted path into the body, a query or path parameter, or a header: availability[0].from, cursor, Idempotency-Key.
                 * @example email
                 */
                field: string;
                /**
                 * @description The rule the value broke, for programs and logs (English).
                 * @example email must be an e-mail address
                 */
                message: string;
                /**
                 * @description The same for a person, in plain words in language.
                 * @example Vul een geldig e-mailadres in.
                 */
                text: string;
            }[];
            /**
             * Format: date
             * @description 422 offer-below-minimum-wage: the day from which that minimum applies.
             */
            from?: string;
            /**
             * Format: uri-reference
             * @description The path of the request, without its query.
             * @example /auth/login
             */
            instance: string;
            /**
             * @description The language of text and of each error's text.
             * @example nl
             * @enum {string}
             */
            language: "nl" | "en";
            /**
             * Format: uuid
             * @description 409 not-latest-draft: the programme's latest run.
             */
            latestRunId?: string | null;
            /** @description 409 not-latest-draft: the status of the latest run. */
            latestStatus?: string | null;
            /** @description 422 offer-below-minimum-wage: the legal minimum in euros an hour this youth is owed. */
            minimumHourlyWage?: number;
            /** @description 409 vacancy-full: the vacancy's places. */
            places?: number;
            /**
             * Format: uuid
             * @description 409 proposal-exists, proposed-before: the earlier proposal.
             */
            proposalId?: string;
            /** @description 422 holiday-weeks-per-year: the holiday weeks the youth would have, against the limit, in Dutch and English. */
            reason?: {
                en: string;
                nl: string;
            };
            /** @description 422 not-feasible: each hard filter the proposal fails. */
            reasons?: {
                /** @example too_young_legal */
                code: string;
                text: {
                    en: string;
                    nl: string;
                };
            }[];
            /**
             * @description When a try again may succeed (429 rate-limited, 409 try-again, 503): the same as the Retry-After header.
             * @example 5
             */
            retryAfterSeconds?: number;
            /**
             * Format: uuid
             * @description 409 allocation-running: the run still going.
             */
            runId?: string;
            /** @description 409 on a placement or a proposal's messages: its state now. */
            state?: string;
            /**
             * @description The HTTP status code, repeated.
             * @example 400
             */
            status: number;
            /**
             * @description What went wrong, for a person, in plain words in language (one text per type).
             * @example Niet alles is goed ingevuld. Kijk bij de velden wat er mis is.
             */
            text: string;
            /**
             * @description A short summary of the type.
             * @example Invalid input
             */
            title: string;
            /**
             * Format: uri-reference
             * @description What went wrong, as a stable reference: /problems/<slug> (validation, not-found, version-conflict, …), or about:blank for a plain HTTP error.
             * @example /problems/validation
             */
            type: string;
        };
        ProgrammeDto: {
            /**
             * Format: date
             * @description first day of sign-up and enrolment
             */
            applyFrom: string;
            /** Format: date */
            applyTo: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description the oldest age on the first day of work */
            maxAge: number;
            /** @description how many vacancies a youth may choose */
            maxChoices: number;
            /** @description the youngest age on the first day of work */
            minAge: number;
            /** @example Zomerbanen 2027 */
            name: string;
            /**
             * Format: date-time
             * @description when it first opened
             */
            openedAt: string | null;
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            status: "draft" | "open" | "allocating" | "published" | "closed";
            /** @description only summer jobs, or other kinds too */
            summerJobsOnly: boolean;
            version: number;
            /**
             * Format: date
             * @description first day of work
             */
            workFrom: string;
            /** Format: date */
            workTo: string;
        };
        ProgrammeEntryDto: {
            /** @description the programme's vacancy ids, most wished first */
            choices: string[];
            /** Format: uuid */
            id: string;
            /** @description priority yes/no (the reason stays with the coach) */
            priority: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /**
             * @description open intake, or enrolled by a coach
             * @enum {string}
             */
            source: "intake" | "coach";
            /** @enum {string} */
            status: "entered" | "proposed" | "withdrawn";
            /** Format: uuid */
            youthId: string;
        };
        ProgrammeEntryPageDto: {
            /** @description in the order they were entered */
            items: components["schemas"]["ProgrammeEntryDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        ProgrammeStatusDto: {
            /** @enum {string} */
            status: "draft" | "open" | "allocating" | "published" | "closed";
        };
        ProgrammeVacancyDto: {
            /** Format: uuid */
            employerId: string;
            employerName: string;
            /** Format: date */
            endDate: string;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            /** @example 3072 */
            pc4: string;
            /** @description places for the programme */
            places: number;
            /** Format: date */
            startDate: string;
            title: string;
            /** Format: uuid */
            vacancyId: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        ProposalDeclinedDto: {
            /** @enum {string} */
            declineReason: "no_fit_skills" | "availability" | "no_places_left" | "other";
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
        };
        ProposalDto: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description the employer's reason category; null unless declined
             * @enum {string|null}
             */
            declineReason: "no_fit_skills" | "availability" | "no_places_left" | "other" | null;
            /** Format: uuid */
            id: string;
            /** @description the coach's note to the employer */
            note: string;
            /**
             * Format: uuid
             * @description the placement, once the offer was accepted
             */
            placementId: string | null;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /**
             * @description how the employer knows the youth: each employer has its own pseudonym for a youth
             * @example Kandidaat 4HX9
             */
            pseudonymAtEmployer: string;
            /** @enum {string} */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
            /** Format: date-time */
            stateChangedAt: string;
            /** @description in lists, for the youth's contact person (coaches, and WSP staff for youths from open intake): the employer's messages not read yet */
            unreadMessages?: number;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            /** @description the vacancy's VOG; indication only on GET /proposals/{id}, for a coach of the proposing organisation */
            vog: components["schemas"]["VacancyVogForYouthDto"];
            /** @description why it was withdrawn: for the youth's contact person only, null for everyone else */
            withdrawReason: string | null;
            /** Format: uuid */
            youthId: string;
        };
        ProposalInterviewDto: {
            /** Format: date-time */
            at: string;
            /** @description the slots before this one, oldest first */
            history: components["schemas"]["InterviewHistoryEntryDto"][];
            /**
             * @description once recorded
             * @enum {string}
             */
            outcome?: "showed_up" | "no_show" | "rescheduled";
            place?: string;
            /** @description an https link */
            videoLink?: string;
        };
        ProposalNewsDataDto: {
            /** @description the coach's entry, or the employer's */
            entries: (components["schemas"]["ProposalNewsEntryDto"] | components["schemas"]["EmployerProposalNewsEntryDto"])[];
        };
        ProposalNewsEntryDto: {
            /** @description declined: the employer's reason category */
            declineReason?: string | null;
            /**
             * @description a notice has one entry
             * @enum {string}
             */
            key: "change";
            /** Format: uuid */
            proposalId: string;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /**
             * @description the state the proposal moved to
             * @enum {string}
             */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
            /** @description true: every place of the vacancy is taken */
            vacancyFilled?: boolean;
            /** Format: uuid */
            vacancyId: string;
            vacancyTitle: string;
            /** @description in your language when the item was written */
            vog: components["schemas"]["VacancyVogDto"];
            /** @description withdrawn: why */
            withdrawReason?: string | null;
        };
        ProposalNewsItemDto: {
            /** Format: date-time */
            createdAt: string;
            data: components["schemas"]["ProposalNewsDataDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "proposal";
            /**
             * Format: date-time
             * @description null: not read yet (a digest that grows is unread again)
             */
            readAt: string | null;
            titleEn: string;
            titleNl: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProposalOfferDto: {
            /**
             * Format: date
             * @description the last day; the vacancy's end date when the employer gave none
             */
            endDate: string;
            /** @description gross euros an hour; null for work experience */
            hourlyWage: number | null;
            hoursPerWeek: number;
            /** Format: date */
            startDate: string;
        };
        ProposalPageDto: {
            items: components["schemas"]["ProposalDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        ProposalStepDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
        };
        ProposeDto: {
            /** @description shown to the employer, in your words */
            note: string;
            /** Format: uuid */
            vacancyId: string;
            /** Format: uuid */
            youthId: string;
        };
        ProtectionDto: {
            /** @description true for WSP staff and admins (the cell-key method); false for a coach, who gets exact figures */
            applied: boolean;
            /** @description shown figures are multiples of this */
            base: number;
            /** @description the most a shown figure differs from the true count */
            maxError: number;
            /** @description how many figures in a hundred may differ by more than base - 1 */
            shiftedPerHundred: number;
        };
        PublishedRunDto: {
            /** @description matches left out: the employer met the youth meanwhile */
            employerMetBefore: number;
            /** @description proposals made */
            proposals: number;
            run: components["schemas"]["AllocationRunDto"];
            /** @description matches left out: the youth withdrew consent to introductions */
            withoutConsent: number;
        };
        RefereeDto: {
            email: string;
            name: string;
        };
        ReferenceDto: {
            /** @description the employer's reference for the youth's next application */
            text: string;
        };
        RefreshDto: {
            /** @description The refresh token of the last sign-in or refresh. */
            refreshToken: string;
        };
        RegionSettingsDto: {
            /**
             * @description check-ins at the end of these weeks of new placements (the last week always has one)
             * @example [
             *       1,
             *       2,
             *       4
             *     ]
             */
            checkInWeeks?: number[];
            /** @description working days an employer has to answer a proposal before it expires */
            proposalSlaWorkingDays?: number;
        };
        RegionVogShareDto: {
            /** @description vacancies that ask a VOG, for any reason */
            asked: number;
            byBasis: components["schemas"]["VogBasisCountsDto"];
            byEmployer: components["schemas"]["EmployerVogSharesDto"];
            /** @description asked / vacancies, two decimals; null without vacancies */
            share: number | null;
            vacancies: number;
        };
        RegisterYouthDto: {
            availability: components["schemas"]["AvailabilityWindowDto"][];
            /**
             * Format: date
             * @example 2010-03-14
             */
            dateOfBirth: string;
            education: components["schemas"]["EducationDto"];
            identity: components["schemas"]["IdentityDto"];
            /** @description interest codes from GET /vocabulary/skills */
            interests: string[];
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "nl",
             *       "en",
             *       "ar"
             *     ]
             */
            languages: string[];
            maxTravelKm: number;
            /** @description in the youth's own words */
            motivation?: string;
            /** @description what the vocabulary lacks, in a few words */
            otherSkills?: string;
            /**
             * @description 4-digit postcode area
             * @example 3072
             */
            pc4: string;
            /** @description skill codes from GET /vocabulary/skills */
            skills: string[];
            /** @description in order of preference */
            wishedKinds: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
        };
        ReviewCommentDto: {
            /** @enum {string} */
            action: "approved" | "sent_back" | "resubmitted";
            /** Format: date-time */
            at: string;
            /** @description the reviewer's words (empty when approved without a comment) */
            comment: string;
        };
        ReviewDto: {
            /** @description required when sending back */
            comment?: string;
        };
        ReviewWarningDto: {
            /** @example vog_childcare_suggested */
            code: string;
            text: components["schemas"]["TextDto"];
        };
        RuleFindingDto: {
            /** @example minimumAge */
            field: string;
            message: string;
        };
        RunMatchDto: {
            /** @description the match's place among the youth's choices, 1 first */
            choiceRank: number | null;
            priority: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            score: number | null;
            /**
             * Format: uuid
             * @description null: no match (the youth goes into the next round)
             */
            vacancyId: string | null;
            vacancyTitle: string | null;
            /** @description the matched vacancy's VOG; null without a match */
            vog: components["schemas"]["VacancyVogDto"] | null;
            /** Format: uuid */
            youthId: string;
        };
        ScheduleDto: {
            /** @example 09:00 */
            earliestStart: string;
            /** @example 17:00 */
            latestEnd: string;
            weekdays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            weekends: boolean;
        };
        ScoreComponentDto: {
            /** @description a part only the youth's side sees (never an employer) */
            coachOnly: boolean;
            /** @example distance */
            key: string;
            /** @description the most this part can give */
            max: number;
            points: number;
            reason: components["schemas"]["TextDto"];
        };
        SealedRecordDto: {
            notes: string;
            priority: boolean;
            /**
             * @description null without priority
             * @enum {string|null}
             */
            priorityReason: "risk_of_criminal_recruitment" | "police_or_justice_contact" | "school_dropout" | "family_circumstances" | "referral_by_justice_partner" | "other" | null;
            riskFactors: string[];
            /**
             * Format: date-time
             * @description null when nothing was recorded yet
             */
            updatedAt: string | null;
            /** @description 0 when nothing was recorded yet */
            version: number;
            vogConcern: components["schemas"]["VogConcernDto"];
        };
        SealedRecordInputDto: {
            notes: string;
            priority: boolean;
            /**
             * @description required when priority is true
             * @enum {string|null}
             */
            priorityReason?: "risk_of_criminal_recruitment" | "police_or_justice_contact" | "school_dropout" | "family_circumstances" | "referral_by_justice_partner" | "other" | null;
            /** @description why you write it; kept in the audit log */
            purpose: string;
            /** @description codes from GET /vocabulary/risk-factors */
            riskFactors: string[];
            /** @description the version you read (0 or left out when there is none yet) */
            version?: number;
            vogConcern: components["schemas"]["VogConcernDto"];
        };
        SectorCountDto: {
            employers: number;
            labelEn: string;
            labelNl: string;
            /** @example I */
            sector: string;
        };
        SignupConfirmationDto: {
            message: components["schemas"]["BilingualDto"];
            /** @example Zomerbanen Rotterdam 2027 */
            programmeName: string;
            /** @enum {string} */
            status: "confirmed";
        };
        SignupDto: {
            /** @description when you can work */
            availability: components["schemas"]["AvailabilityWindowDto"][];
            consent: components["schemas"]["IntakeConsentDto"];
            /**
             * @description an e-mail address or a Dutch mobile number (06…); the code goes there
             * @example sam@example.nl
             */
            contact: string;
            /**
             * Format: date
             * @example 2010-03-14
             */
            dateOfBirth: string;
            /** @example Sam */
            firstName: string;
            /** @description interest codes from the vocabulary (kind interest) */
            interests?: string[];
            /** @description how far you will travel, in km */
            maxTravelKm?: number;
            /** @description in your own words */
            motivation?: string;
            /**
             * @description 4-digit postcode area
             * @example 3072
             */
            pc4: string;
            /** @description in order of preference; within the programme's kinds */
            wishedKinds: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
        };
        SignupReceiptDto: {
            /**
             * @description where the code went
             * @enum {string}
             */
            codeSentTo: "email" | "phone";
            /**
             * Format: date-time
             * @description the code works until then
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @description send the code to POST /intake/signups/{signupId}/verify
             */
            signupId: string;
        };
        SnapshotSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example 2027-W27 */
            isoWeek: string;
            /**
             * @description baseline when the programme opened, weekly while it runs, close at its end
             * @enum {string}
             */
            moment: "baseline" | "weekly" | "close";
            /** Format: date-time */
            takenAt: string;
        };
        StartRunDto: {
            /** @description the lottery seed, to reproduce a run; drawn at random when left out */
            seed?: number;
        };
        SuggestedVacancyDto: {
            employerName: string;
            /** Format: date */
            endDate: string;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            /** Format: date */
            startDate: string;
            title: string;
            /** @description with the indication for this youth: the sealed VOG concern the score reads anyway (one audited read) */
            vog: components["schemas"]["VacancyVogForYouthDto"];
        };
        SuggestedYouthDto: {
            age: number;
            /** Format: uuid */
            id: string;
            /** @description interest codes */
            interests: string[];
            /** @description ISO 639-1 codes */
            languages: string[];
            /** @description WSP staff and admins only: priority yes/no (the reason stays with the coach) */
            priority?: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            /** @description skill codes */
            skills: string[];
            /** @description in order of preference */
            wishedKinds: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
        };
        TaskListDto: {
            /** @description those without a due date first, then the earliest due; at most 200. Each kind has its own data. */
            items: (components["schemas"]["CheckInTaskDto"] | components["schemas"]["CheckInConcernTaskDto"] | components["schemas"]["FollowUpTaskDto"] | components["schemas"]["EmployerDormantTaskDto"] | components["schemas"]["IntakeContactTaskDto"] | components["schemas"]["EmailFailedTaskDto"])[];
        };
        TextDto: {
            en: string;
            nl: string;
        };
        ThreadDto: {
            /** @description oldest first */
            items: components["schemas"]["ThreadMessageDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
            /** Format: uuid */
            proposalId: string;
            /** @description the other side's messages still unread after this page */
            unread: number;
            /** @description who you write to */
            with: components["schemas"]["TextDto"];
            /** @description false once the proposal closed */
            writable: boolean;
            /** @enum {string} */
            yourSide: "employer" | "contact";
        };
        ThreadMessageDto: {
            body: string;
            /** @description the signature as this reader sees it */
            from: components["schemas"]["TextDto"];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description when the other side first read it
             */
            readAt: string | null;
            /** Format: date-time */
            sentAt: string;
            /**
             * @description who wrote it: the employer, or the youth's contact person
             * @enum {string}
             */
            side: "employer" | "contact";
        };
        TokenPairDto: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Single use: each refresh returns a new one. */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        TraitsDto: {
            /** @description toxic or carcinogenic substances, pesticides */
            dangerousSubstances: boolean;
            eveningWork: boolean;
            handlesCash: boolean;
            heavyLifting: boolean;
            /** @description port, airport, distribution centre */
            logisticsHub: boolean;
            machines: boolean;
            /** @description delivery, driving */
            movesAround: boolean;
            servesAlcohol: boolean;
            worksAlone: boolean;
        };
        UnansweredProposalDto: {
            employer: components["schemas"]["NamedRefDto"];
            /** Format: date-time */
            expiredAt: string | null;
            /** Format: uuid */
            proposalId: string;
            /** Format: date-time */
            proposedAt: string;
            /**
             * @description proposed or viewed (still waiting), or expired
             * @enum {string}
             */
            state: "proposed" | "viewed" | "invited" | "declined" | "introduced" | "interview_planned" | "interviewed" | "offered" | "accepted" | "placed" | "completed" | "ended_early" | "withdrawn" | "expired";
            vacancy: components["schemas"]["UnansweredVacancyDto"];
            /** @description working days from the proposal to now, or to its expiry */
            workingDaysWaiting: number;
        };
        UnansweredProposalsDto: {
            /** @description how many days back expired proposals are shown */
            expiredShownDays: number;
            /** @description oldest first */
            items: components["schemas"]["UnansweredProposalDto"][];
            /** @description the region's SLA: working days an employer has to answer */
            slaWorkingDays: number;
            total: number;
        };
        UnansweredVacancyDto: {
            /** Format: uuid */
            id: string;
            title: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        UpdateEmployerDto: {
            /** Format: uuid */
            accountManagerId?: string;
            contactEmail?: string;
            contactName?: string;
            contactPhone?: string;
            locations?: string[];
            name?: string;
            notes?: string;
            sector?: string;
            /** @enum {string} */
            sizeClass?: "1-9" | "10-49" | "50-249" | "250+";
            version: number;
        };
        UpdateProgrammeDto: {
            /**
             * Format: date
             * @description first day of sign-up and enrolment
             * @example 2027-03-01
             */
            applyFrom?: string;
            /**
             * Format: date
             * @example 2027-05-15
             */
            applyTo?: string;
            /** @default 21 */
            maxAge: number;
            /** @default 5 */
            maxChoices: number;
            /** @default 15 */
            minAge: number;
            /** @example Zomerbanen 2027 */
            name?: string;
            /**
             * @description only summer jobs, or other kinds too
             * @default true
             */
            summerJobsOnly: boolean;
            /**
             * Format: date
             * @description first day of work (the age band is checked on it)
             * @example 2027-07-05
             */
            workFrom?: string;
            /**
             * Format: date
             * @example 2027-08-27
             */
            workTo?: string;
        };
        UpdateVacancyDto: {
            description?: string;
            duringSchoolWeeks?: boolean;
            /**
             * Format: date
             * @example 2027-08-13
             */
            endDate?: string;
            /** @description null: none */
            firstWeek?: string | null;
            /** @description gross euros an hour, in whole cents; null: unpaid */
            hourlyWage?: number | null;
            hoursPerDay?: number;
            hoursPerWeek?: number;
            /** @description null: none */
            mentorName?: string | null;
            minimumAge?: number;
            places?: number;
            /** @example 88.91 */
            sbiCode?: string;
            schedule?: components["schemas"]["ScheduleDto"];
            /** @description vocabulary codes (GET /vocabulary/skills); an empty list clears them */
            skills?: string[];
            /**
             * Format: date
             * @example 2027-07-05
             */
            startDate?: string;
            title?: string;
            traits?: components["schemas"]["TraitsDto"];
            version: number;
            vog?: components["schemas"]["VogDto"];
        };
        UpdateYouthDto: {
            availability?: components["schemas"]["AvailabilityWindowDto"][];
            /** Format: date */
            dateOfBirth?: string;
            education?: components["schemas"]["EducationDto"];
            identity?: components["schemas"]["IdentityPatchDto"];
            interests?: string[];
            languages?: string[];
            /** @description false: no match alerts about this youth */
            matchAlerts?: boolean;
            maxTravelKm?: number;
            /** @description null: none */
            motivation?: string | null;
            /** @description null: none */
            otherSkills?: string | null;
            pc4?: string;
            skills?: string[];
            /** @description the version you read; a newer one answers 409 */
            version: number;
            wishedKinds?: ("summer_job" | "job" | "internship" | "bbl_place" | "work_experience")[];
        };
        UserDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organisationId: string;
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            role: "coach" | "employer" | "wsp_staff" | "admin";
            /** @enum {string} */
            status: "active" | "disabled";
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        UserStatusDto: {
            /**
             * @description `disabled` closes the account and ends its sessions at once; `active` reopens it.
             * @enum {string}
             */
            status: "active" | "disabled";
        };
        VacanciesInReviewDto: {
            /** @description the longest waiting first */
            items: components["schemas"]["VacancyInReviewDto"][];
            total: number;
        };
        VacancyDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description crebo code (internships and BBL places) */
            crebo: string | null;
            description: string;
            /** @description false for holiday work (summer jobs) */
            duringSchoolWeeks: boolean;
            /** Format: uuid */
            employerId: string;
            employerName: string;
            /** Format: date */
            endDate: string;
            /** @description how the first week goes */
            firstWeek: string | null;
            /** @description gross euros an hour; null: unpaid (work experience) */
            hourlyWage: number | null;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            /** @description ISO 639-1 codes */
            languages: string[];
            /** @description SBB leerbedrijf-ID (internships and BBL places) */
            leerbedrijfId: string | null;
            mentorName: string | null;
            /** @description the youngest age the employer wants */
            minimumAge: number;
            /** @description the youngest age the law allows for this work */
            minimumLegalAge: number;
            /** @description why younger ages are excluded, youngest first */
            minimumLegalAgeReasons: components["schemas"]["LegalAgeReasonDto"][];
            /**
             * Format: date-time
             * @description when it first opened; null: never open yet
             */
            openedAt: string | null;
            /** @example 3072 */
            pc4: string;
            places: number;
            /** @description employers, WSP staff and admins (not coaches): the WSP review's history */
            reviewComments?: components["schemas"]["ReviewCommentDto"][];
            /** @description WSP staff and admins: what to check before opening it */
            reviewWarnings?: components["schemas"]["ReviewWarningDto"][];
            /** @example 88.91 */
            sbiCode: string | null;
            schedule: components["schemas"]["ScheduleDto"];
            /**
             * @description SBI section letter
             * @example I
             */
            sector: string;
            /** @description skill codes */
            skills: string[];
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "open" | "filled" | "closed";
            title: string;
            traits: components["schemas"]["TraitsDto"];
            /** @description send it back when changing the vacancy */
            version: number;
            /** @description the requirement as posted, the summary in your language and the guidance route */
            vog: components["schemas"]["PostedVacancyVogDto"];
            /** @description the full guidance, Dutch (B1) and English */
            vogGuidance: components["schemas"]["VogGuidanceDto"];
            /** @description a coach who passed youthId: the indication for that youth in both languages (the reason in each) */
            vogIndicationForYouth?: components["schemas"]["VogIndicationForYouthDto"];
            /** @description employers, WSP staff and admins (not coaches): a word to an employer who chose to ask a VOG */
            vogNudge?: components["schemas"]["TextDto"] | null;
            /** @description WSP staff and admins: the wage against the legal minimum of the youngest youth it admits; null when unpaid */
            wageCheck?: components["schemas"]["VacancyWageCheckDto"] | null;
        };
        VacancyInReviewDto: {
            /** @description whole days since it was submitted */
            daysWaiting: number | null;
            employer: components["schemas"]["NamedRefDto"];
            /** Format: date-time */
            submittedAt: string | null;
            title: string;
            /** Format: uuid */
            vacancyId: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        VacancyListItemDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description crebo code (internships and BBL places) */
            crebo: string | null;
            description: string;
            /** @description false for holiday work (summer jobs) */
            duringSchoolWeeks: boolean;
            /** Format: uuid */
            employerId: string;
            employerName: string;
            /** Format: date */
            endDate: string;
            /** @description how the first week goes */
            firstWeek: string | null;
            /** @description gross euros an hour; null: unpaid (work experience) */
            hourlyWage: number | null;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            /** @description ISO 639-1 codes */
            languages: string[];
            /** @description SBB leerbedrijf-ID (internships and BBL places) */
            leerbedrijfId: string | null;
            mentorName: string | null;
            /** @description the youngest age the employer wants */
            minimumAge: number;
            /** @description the youngest age the law allows for this work */
            minimumLegalAge: number;
            /** @description why younger ages are excluded, youngest first */
            minimumLegalAgeReasons: components["schemas"]["LegalAgeReasonDto"][];
            /**
             * Format: date-time
             * @description when it first opened; null: never open yet
             */
            openedAt: string | null;
            /** @example 3072 */
            pc4: string;
            places: number;
            /** @description employers, WSP staff and admins (not coaches): the WSP review's history */
            reviewComments?: components["schemas"]["ReviewCommentDto"][];
            /** @description WSP staff and admins: what to check before opening it */
            reviewWarnings?: components["schemas"]["ReviewWarningDto"][];
            /** @example 88.91 */
            sbiCode: string | null;
            schedule: components["schemas"]["ScheduleDto"];
            /**
             * @description SBI section letter
             * @example I
             */
            sector: string;
            /** @description skill codes */
            skills: string[];
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "open" | "filled" | "closed";
            title: string;
            traits: components["schemas"]["TraitsDto"];
            /** @description send it back when changing the vacancy */
            version: number;
            /** @description the requirement as posted, the summary in your language and the guidance route */
            vog: components["schemas"]["PostedVacancyVogDto"];
            /** @description employers, WSP staff and admins (not coaches): a word to an employer who chose to ask a VOG */
            vogNudge?: components["schemas"]["TextDto"] | null;
            /** @description WSP staff and admins: the wage against the legal minimum of the youngest youth it admits; null when unpaid */
            wageCheck?: components["schemas"]["VacancyWageCheckDto"] | null;
        };
        VacancyPageDto: {
            items: components["schemas"]["VacancyListItemDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        VacancyPreviewDto: {
            /** @description null when the hours are beyond every legal band */
            minimumLegalAge: number | null;
            minimumLegalAgeReasons: components["schemas"]["LegalAgeReasonDto"][];
            /** @description per age the vacancy admits, up to the adult rate; empty for unpaid work */
            minimumWages: components["schemas"]["MinimumWageDto"][];
            /** @description every rule saving would refuse, each naming its field; empty when the vacancy can be saved as it is */
            problems: components["schemas"]["RuleFindingDto"][];
            vog: components["schemas"]["PreviewVogDto"];
            /** @description the full guidance, Dutch (B1) and English, exactly as the vacancy will carry it */
            vogGuidance: components["schemas"]["VogGuidanceDto"];
            /** @description a word to the employer who chose to ask a VOG */
            vogNudge: components["schemas"]["TextDto"] | null;
            wageCheck?: components["schemas"]["WageCheckDto"] | null;
            /** @description the youngest age the vacancy admits: the employer's minimum or the legal one, whichever is higher */
            youngestAge: number | null;
        };
        VacancyPreviewInputDto: {
            /** @description 5-digit crebo code; required for internship and bbl_place */
            crebo?: string;
            description?: string;
            /** @description false for holiday work (summer jobs) */
            duringSchoolWeeks: boolean;
            /**
             * Format: date
             * @example 2027-08-13
             */
            endDate: string;
            /** @description how the first week goes */
            firstWeek?: string | null;
            /** @description gross euros an hour, in whole cents; not for work_experience (left out or null) */
            hourlyWage?: number | null;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            languages?: string[];
            /** @description SBB leerbedrijf-ID; required for internship and bbl_place */
            leerbedrijfId?: string;
            mentorName?: string | null;
            /** @description the youngest age the employer wants; at least the legal minimum */
            minimumAge: number;
            /** @example 3072 */
            pc4?: string;
            places?: number;
            /**
             * @description the SBI code of the activity (e.g. 88.91 kinderopvang, 49.32 taxivervoer); it must fall in the sector's section
             * @example 88.91
             */
            sbiCode?: string;
            schedule: components["schemas"]["ScheduleDto"];
            /** @example I */
            sector: string;
            skills?: string[];
            /**
             * Format: date
             * @example 2027-07-05
             */
            startDate: string;
            title?: string;
            traits: components["schemas"]["TraitsDto"];
            vog: components["schemas"]["VogDto"];
        };
        VacancySuggestionDto: {
            components: components["schemas"]["ScoreComponentDto"][];
            /** @description km between the youth and the vacancy, one decimal */
            distanceKm: number;
            /** @description the total of the components */
            score: number;
            vacancy: components["schemas"]["SuggestedVacancyDto"];
            /** @description the version of the weights the score was computed with */
            weightsVersion: number;
        };
        VacancySuggestionsDto: {
            /** @description best first */
            items: components["schemas"]["VacancySuggestionDto"][];
            /** @description the youth's own travel distance in km, the radius searched */
            radiusKm: number;
            /** Format: uuid */
            youthId: string;
        };
        VacancyVogDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /**
             * @description the full guidance in both languages
             * @example /vacancies/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/vog-guidance
             */
            guidance: string;
            /** @description one line in the reader's language (the language of the access token: PUT /me/language, then refresh) */
            summary: string;
        };
        VacancyVogForYouthDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /**
             * @description the full guidance in both languages
             * @example /vacancies/0b7c2a4e-5d6f-4a1b-9c8d-7e6f5a4b3c2d/vog-guidance
             */
            guidance: string;
            /** @description coach only, about one of the coach's own youths (a read of the sealed VOG concern, audited) */
            indication?: components["schemas"]["VogIndicationRefDto"];
            /** @description one line in the reader's language (the language of the access token: PUT /me/language, then refresh) */
            summary: string;
        };
        VacancyVogGuidanceDto: {
            guidance: components["schemas"]["VogGuidanceDto"];
            /** Format: uuid */
            vacancyId: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
        VacancyWageCheckDto: {
            /**
             * Format: date
             * @description the first day that minimum is owed
             */
            from: string;
            /** @description the wage offered, gross euros an hour */
            hourlyWage: number;
            /** @description the highest legal minimum for that age over the period */
            minimum: number;
            ok: boolean;
            source: string;
            /** Format: date */
            validFrom: string;
            /** @description the youngest age the vacancy admits */
            youngestAge: number;
        };
        VerifyDto: {
            /**
             * @description the six digits we sent
             * @example 048213
             */
            code: string;
        };
        VogBasisCountsDto: {
            employer_choice: number;
            legal_requirement: number;
            not_asked: number;
        };
        VogConcernDto: {
            /**
             * Format: date
             * @example 2025-06-01
             */
            lastOffenceDate?: string;
            /** @enum {string} */
            level: "none" | "possible" | "likely";
            /** @enum {string} */
            offenceCategory?: "property" | "violence" | "drugs" | "weapons" | "fraud" | "traffic" | "sexual" | "other";
        };
        VogDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /**
             * @description Justis function aspects of the general profile
             * @example [
             *       21
             *     ]
             */
            functionAspects: number[];
            /**
             * @description derived from the vacancy (sector, SBI code, function aspects); when given it must match
             * @enum {string}
             */
            legalSector?: "childcare" | "education" | "taxi";
            /** @enum {string} */
            paidBy: "employer" | "youth_reimbursed" | "youth";
            screeningProfile?: number;
        };
        VogGuidanceDto: {
            /** @description whether the vacancy asks for a VOG */
            asked: boolean;
            en: components["schemas"]["VogGuidanceTextDto"];
            /**
             * @description who the texts send the youth to for help
             * @enum {string}
             */
            guide: "coach" | "wsp" | "any";
            /** @description Dutch, at B1 level */
            nl: components["schemas"]["VogGuidanceTextDto"];
            /** @description version of the guidance texts */
            version: number;
        };
        VogGuidanceSectionDto: {
            body: string;
            /** @description where the facts of this section come from */
            sources: components["schemas"]["VogGuidanceSourceDto"][];
            title: string;
        };
        VogGuidanceSourceDto: {
            /** @description the rule table row a fact of the section comes from */
            source: string;
            /**
             * Format: date
             * @description the day that row applies from
             */
            validFrom: string;
        };
        VogGuidanceTextDto: {
            sections: components["schemas"]["VogGuidanceSectionDto"][];
            summary: string;
        };
        VogIndicationForYouthDto: {
            /** @enum {string} */
            code: "no_vog_needed" | "likely_fine" | "talk_it_through";
            /** @description why; an indication to discuss, never Justis' decision */
            reason: components["schemas"]["TextDto"];
        };
        VogIndicationRefDto: {
            /** @enum {string} */
            code: "no_vog_needed" | "likely_fine" | "talk_it_through";
            /** @description why, in the reader's language; an indication to discuss, never Justis' decision */
            reason: string;
        };
        VogShareDto: {
            /** @description vacancies that ask a VOG, for any reason */
            asked: number;
            byBasis: components["schemas"]["VogBasisCountsDto"];
            /** @description asked / vacancies, two decimals; null without vacancies */
            share: number | null;
            vacancies: number;
        };
        WageCheckDto: {
            from: string;
            minimum: number;
            ok: boolean;
            youngestAge: number;
        };
        WithdrawConsentDto: {
            /** @description shown to the coach, or to the WSP for a youth from open intake */
            reason: string;
        };
        WithdrawDto: {
            reason?: string;
        };
        WorkSkillsDto: {
            /**
             * @description asks for help
             * @enum {string}
             */
            asksForHelp: "good" | "working_on_it" | "concern";
            /**
             * @description calls in sick properly
             * @enum {string}
             */
            callsInSick: "good" | "working_on_it" | "concern";
            /**
             * @description follows instructions
             * @enum {string}
             */
            followsInstructions: "good" | "working_on_it" | "concern";
            /**
             * @description comes on time
             * @enum {string}
             */
            onTime: "good" | "working_on_it" | "concern";
            /**
             * @description reports being late
             * @enum {string}
             */
            reportsLateness: "good" | "working_on_it" | "concern";
        };
        WspEmployerDto: {
            /** @description the WSP's contact for this employer; null: none yet */
            accountManager: components["schemas"]["AccountManagerDto"] | null;
            contactEmail: string | null;
            contactName: string;
            contactPhone: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 12345678 */
            kvk: string;
            /**
             * @description 4-digit postcode areas
             * @example [
             *       "3072"
             *     ]
             */
            locations: string[];
            name: string;
            /** @description the account manager's notes */
            notes: string;
            pledge: components["schemas"]["PledgeStateDto"];
            /**
             * @description SBI section letter
             * @example I
             */
            sector: string;
            /** @enum {string} */
            sizeClass: "1-9" | "10-49" | "50-249" | "250+";
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
            /** @description every status change, oldest first */
            statusHistory: components["schemas"]["EmployerStatusChangeDto"][];
            vacancies: components["schemas"]["EmployerVacancyFiguresDto"];
            /** @description send it back when changing the employer */
            version: number;
            /** @example 000012345678 */
            vestigingsnummer: string | null;
            /** @description vogAsked / total, two decimals; null without vacancies */
            vogAskedShare: number | null;
        };
        WspEmployerPageDto: {
            items: components["schemas"]["WspEmployerDto"][];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        YouthExportDto: {
            /** @description everything done with the record, oldest first */
            auditTrail: components["schemas"]["ExportedAuditEventDto"][];
            /** @description in the order they were recorded, withdrawn ones too */
            consents: components["schemas"]["ExportedConsentDto"][];
            /** Format: date-time */
            exportedAt: string;
            identity: components["schemas"]["IdentityDto"];
            /** @description the threads with employers about the youth's proposals, oldest first */
            messages: components["schemas"]["ExportedMessageDto"][];
            /** @description the coaching organisation; null for a youth from open intake */
            organisation: components["schemas"]["OrganisationRefDto"] | null;
            profile: components["schemas"]["ExportedYouthDto"];
            /** @description the own coach only; null for WSP staff (a youth from open intake has none) */
            sealedRecord: components["schemas"]["SealedRecordDto"] | null;
        };
        YouthPageDto: {
            /** @description coaches get CoachYouth items, WSP staff YouthProfile items */
            items: (components["schemas"]["CoachYouthDto"] | components["schemas"]["YouthProfileDto"])[];
            /** @description the cursor of the next page; null on the last */
            nextCursor: string | null;
        };
        YouthProfileDto: {
            age: number;
            availability: components["schemas"]["AvailabilityWindowDto"][];
            /** Format: date-time */
            createdAt: string;
            education: components["schemas"]["EducationDto"];
            /** Format: uuid */
            id: string;
            interests: string[];
            languages: string[];
            maxTravelKm: number;
            motivation: string | null;
            otherSkills: string | null;
            /** @example 3072 */
            pc4: string;
            /** @description priority yes/no; the reason stays with the coach */
            priority: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            skills: string[];
            wishedKinds: string[];
        };
        YouthSuggestionDto: {
            components: components["schemas"]["ScoreComponentDto"][];
            /** @description km between the youth and the vacancy, one decimal */
            distanceKm: number;
            /** @description the total of the components */
            score: number;
            /** @description the version of the weights the score was computed with */
            weightsVersion: number;
            youth: components["schemas"]["SuggestedYouthDto"];
        };
        YouthSuggestionsDto: {
            /** @description best first */
            items: components["schemas"]["YouthSuggestionDto"][];
            /** Format: uuid */
            vacancyId: string;
            vog: components["schemas"]["VacancyVogDto"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_boardSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cookie is set: open /admin/queues. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not one of the installation's operators (BOARD_OPERATORS). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The address and password do not fit an active account: the same answer for an unknown address, a wrong password and a locked account. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The right password of a disabled account (account-disabled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Signed out (or the token was unknown). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PasswordResetController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refresh token is not valid, has expired, belongs to a disabled account, or was used before (refresh-token-reused: every session that came from it is signed out). */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BrowserSessionController_signIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: with Origin (the portal's own) it keeps other sites from using the cookie. */
                "x-startbaan-client": "portal";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not from the portal itself: the header, Origin or Sec-Fetch-Site says another site or a script sent it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BrowserSessionController_logout: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: with Origin (the portal's own) it keeps other sites from using the cookie. */
                "x-startbaan-client": "portal";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not from the portal itself: the header, Origin or Sec-Fetch-Site says another site or a script sent it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    BrowserSessionController_refresh: {
        parameters: {
            query?: never;
            header: {
                /** @description Required: with Origin (the portal's own) it keeps other sites from using the cookie. */
                "x-startbaan-client": "portal";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not from the portal itself: the header, Origin or Sec-Fetch-Site says another site or a script sent it. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_list: {
        parameters: {
            query?: {
                accountManagerId?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                hasOpenVacancies?: boolean;
                limit?: number;
                pc4?: string;
                sector?: string;
                status?: "prospect" | "active" | "dormant" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WspEmployerPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEmployerDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WspEmployerDto"];
                };
            };
            /** @description Invalid input: errors names each field; also a sector that is no SBI letter, an unknown PC4 among the locations, an account manager who is no active WSP user of the region. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An employer with this KvK number (and establishment number) is in the network already (employer-exists), or an organisation of that name is in the region (organisation-exists). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description WSP staff and admins get the WspEmployer (the account manager's notes, the status history, the vacancy figures); an employer user its own Employer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WspEmployerDto"] | components["schemas"]["EmployerDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEmployerDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WspEmployerDto"];
                };
            };
            /** @description Invalid input: errors names each field (the same checks as adding one). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed meanwhile (version-conflict): currentVersion is the version now; read it again and apply your change to it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptPledgeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDto"];
                };
            };
            /** @description Invalid input: version is not the current pledge version (read GET /pledge). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not your own employer. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerStatusDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WspEmployerDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The employer has this status already (status-unchanged). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_sectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example I */
                        code: string;
                        labelEn: string;
                        labelNl: string;
                    }[];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details: {
                            database: {
                                /** @description how long it took to answer, in ms */
                                responseTime: number;
                                /** @enum {string} */
                                status: "up";
                            };
                            redis: {
                                /** @description how long it took to answer, in ms */
                                responseTime: number;
                                /** @enum {string} */
                                status: "up";
                            };
                        };
                        /** @description the dependencies that did not answer: none, on a 200 */
                        error: Record<string, never>;
                        info: {
                            database: {
                                /** @description how long it took to answer, in ms */
                                responseTime: number;
                                /** @enum {string} */
                                status: "up";
                            };
                            redis: {
                                /** @description how long it took to answer, in ms */
                                responseTime: number;
                                /** @enum {string} */
                                status: "up";
                            };
                        };
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description PostgreSQL or Redis did not answer (not-ready): checks gives each dependency with its status. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "InboxController_list[0]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxDto"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "InboxController_read[0]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeController_programmes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeProgrammeDto"][];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeController_signUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupReceiptDto"];
                };
            };
            /** @description A field is wrong: outside the age band (dateOfBirth), unknown pc4, a kind the programme does not take, consent missing or not by a parent under 16, contact neither e-mail nor Dutch mobile. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The programme does not take sign-ups now (programme-not-open: applyFrom, applyTo). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupConfirmationDto"];
                };
            };
            /** @description Invalid input, or not the code we sent (code-incorrect: attemptsLeft says how many tries remain). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No pending sign-up with this id (confirmed already, or expired and removed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong codes (too-many-attempts: sign up again), or the programme stopped taking sign-ups (programme-not-open). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The code expired (code-expired): sign up again. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address or for this account or contact in a short time: Retry-After (and retryAfterSeconds) says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeController_vogGuidance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KindVogGuidanceDto"];
                };
            };
            /** @description kind is not a kind of work. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not invite (x-roles), or WSP staff inviting an admin: only an admin invites an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description organisationId is no organisation of your region. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account with this e-mail address already exists in your region (account-exists). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role does not belong in that kind of organisation (role-does-not-fit-organisation; errors names role): a coach in a coaching organisation, an employer user in an employer, WSP staff and admins in the WSP; or the address is one of the installation's operators (operator-address; errors names email), whose accounts are made with admin:create. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    InvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No invitation has this token. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account with the invited e-mail address exists already (account-exists). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was used already (invitation-used), replaced or withdrawn (invitation-revoked), or has expired (invitation-expired). */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invited address has since become one of the installation's operators (operator-address): their accounts are made with admin:create. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account of the token no longer exists. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_language: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LanguageDto"];
            };
        };
        responses: {
            /** @description Saved. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "InboxController_list[1]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxDto"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "InboxController_read[1]": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Marked read. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_list: {
        parameters: {
            query?: {
                /** @description only tasks not done yet (default true) */
                open?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MeController_done: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NetworkController_employers: {
        parameters: {
            query?: {
                accountManagerId?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                hasOpenVacancies?: boolean;
                limit?: number;
                pc4?: string;
                sector?: string;
                status?: "prospect" | "active" | "dormant" | "ended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkEmployerPageDto"];
                };
            };
            /** @description A filter out of range: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Coaches and employers: the network view is for WSP staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NetworkController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NetworkSummaryDto"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Coaches and employers: the network view is for WSP staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                kind?: "wsp" | "coaching" | "employer";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An organisation with this name already exists in the region (organisation-exists). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_users_: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganisationsController_setUserStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserStatusDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your own account, or (as WSP staff) the account of WSP staff or an admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such account in this organisation, or an organisation of another region. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the employer gets the EmployerPlacement, the youth's side (coach, WSP staff) the Placement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"] | components["schemas"]["EmployerPlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                checkInId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not record check-ins (x-roles), or you are not the youth's contact person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such placement that you may see, or no such check-in of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement has ended: check-ins can no longer change (placement-ended; state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_mentorNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                checkInId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MentorNoteDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such placement of yours, or no such check-in of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement has ended: check-ins can no longer change (placement-ended; state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndDto"];
            };
        };
        responses: {
            /** @description the employer gets the EmployerPlacement, the youth's side (coach, WSP staff) the Placement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"] | components["schemas"]["EmployerPlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field; also ended_early without a reason or completed with one, an end before the start, status from someone who is not the contact person. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement has ended already (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_followUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement has not ended yet (placement-active; state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_referee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PlacementsController_reference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferenceDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerPlacementDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    EmployersController_pledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        publishedAt: string;
                        textEn: string;
                        textNl: string;
                        version: number;
                    };
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"][];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description Invalid input: errors names each field; also maxAge below minAge, a window that ends before it starts, or work that starts before sign-up ends. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The region has a programme of this name already (programme-name-taken). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description Invalid input: errors names each field; also maxAge below minAge, a window that ends before it starts, or work that starts before sign-up ends, on the programme as changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The programme is not a draft any more (programme-not-draft). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_runs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRunDto"][];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_startRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRunDto"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRunDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A run of this programme is still going (allocation-running: runId), or the programme is not open, allocating or published (programme-not-allocating: currentState). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationRunDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme in your region, or no such run of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_matches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunMatchDto"][];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme in your region, or no such run of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedRunDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the latest run finished as a draft (not-latest-draft: latestRunId, latestStatus), or the programme cannot be published from its state (programme-transition: currentState, allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_entries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeEntryPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_enter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                youthId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChoicesDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeEntryDto"];
                };
            };
            /** @description Invalid input: errors names each field; also a youth outside the age band, too many choices, a repeated choice or one that is not the programme's. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme that you may see, or no such youth you are the contact of. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The programme is not draft or open: its lists are closed (programme-lists-closed; currentState). Or the youth has not consented to introductions (no-consent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_withdrawEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                youthId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Taken out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme that you may see, or the youth has no entry in it that you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonitoringController_overview: {
        parameters: {
            query?: {
                /** @description csv: the report as a CSV file (text/csv, with a file name) */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report: JSON, or with ?format=csv a CSV file (text/csv; charset=utf-8) with Content-Disposition: attachment and a file name. */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="…csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringOverviewDto"];
                    "text/csv": string;
                };
            };
            /** @description An id that is no UUID, or an unknown format: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Employers: monitoring is for WSP staff and coaches. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme in your region (a draft, for a coach), or no such snapshot of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MonitoringController_snapshot: {
        parameters: {
            query?: {
                /** @description csv: the report as a CSV file (text/csv, with a file name) */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: string;
                snapshotId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report: JSON, or with ?format=csv a CSV file (text/csv; charset=utf-8) with Content-Disposition: attachment and a file name. */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="…csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringSnapshotDto"];
                    "text/csv": string;
                };
            };
            /** @description An id that is no UUID, or an unknown format: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Employers: monitoring is for WSP staff and coaches. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme in your region (a draft, for a coach), or no such snapshot of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgrammeStatusDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the current state (programme-transition): currentState and allowed are given. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_vacancies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeVacancyDto"][];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_enlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vacancyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnlistDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeVacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field; also a kind the programme does not take, dates outside its work window, more places than the vacancy's own. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme that you may see, or no such vacancy of yours (of the region, for WSP staff). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The programme is not draft or open: its lists are closed (programme-lists-closed; currentState). Or the vacancy is not open or in review (vacancy-not-open). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProgrammesController_withdrawVacancy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vacancyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Taken out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such programme that you may see, or the vacancy is not in it (or not yours). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The programme is not draft or open: its lists are closed (programme-lists-closed; currentState). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an employer gets EmployerProposal cards, coaches and WSP staff Proposal items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPageDto"] | components["schemas"]["EmployerProposalPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description the same key returns the same proposal, never a second one */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeDto"];
            };
        };
        responses: {
            /** @description The proposal made earlier with the same Idempotency-Key, unchanged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Proposed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Invalid input: errors names each field, or the Idempotency-Key header (8 to 100 letters, digits, _ . : or -). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description youthId is no youth of your organisation, or vacancyId no vacancy you may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The youth has not consented to introductions (no-consent); has an open proposal for this vacancy (proposal-exists) or had one that closed the pair for good (proposed-before), both with proposalId; or the Idempotency-Key was used for another youth or vacancy (idempotency-key-reused). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The youth does not fit the vacancy (not-feasible): reasons lists each hard filter that fails, such as the legal age or a vacancy that is no longer open. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description an employer gets the EmployerProposal (the candidate card), coaches and WSP staff the Proposal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"] | components["schemas"]["EmployerProposalDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such proposal that you may see; for an employer also a withdrawn or expired one. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not take this step (x-roles), or you are not the youth's contact person: its coach, or WSP staff for a youth from open intake. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). Or every place of the vacancy is taken (vacancy-full: places). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The placement breaks youth labour law for this youth: too many holiday weeks in a year (holiday-weeks-per-year: reason), or the offer is below this youth's legal minimum wage over the period (offer-below-minimum-wage: minimumHourlyWage, from). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDeclinedDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_interview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalStepDto"];
                };
            };
            /** @description Invalid input: errors names each field; also a slot that is not in the future, neither place nor videoLink, or remindYouth from someone who is not the contact person. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the employer or the youth's contact person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewOutcomeDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalStepDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the employer or the youth's contact person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_introduce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not take this step (x-roles), or you are not the youth's contact person: its coach, or WSP staff for a youth from open intake. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). Or the youth has no standing consent to introductions (no-consent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalStepDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_messages: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not read messages (x-roles), or you are neither the employer nor the youth's contact person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The youth has not been introduced yet: the thread opens then (no-thread; state). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_write: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessageDto"];
            };
        };
        responses: {
            /** @description The message as stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ThreadMessageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not write messages (x-roles), or you are neither the employer nor the youth's contact person. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Before the introduction (no-thread), or the proposal closed (thread-closed): state says which. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_offer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalStepDto"];
                };
            };
            /** @description Invalid input: errors names each field; also an end before the start, a wage for a work-experience place or none for a paid one, a wage below the legal minimum. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not take this step (x-roles), or you are not the youth's contact person: its coach, or WSP staff for a youth from open intake. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The proposal's state does not allow this step (invalid-transition: currentState and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkInWeeks: number[];
                        proposalSlaWorkingDays: number;
                    };
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The region of your account no longer exists. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegionSettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegionSettingsDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkInWeeks: number[];
                        proposalSlaWorkingDays: number;
                    };
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description only this employer's vacancies (WSP staff: an employer's page; an employer gets only its own anyway) */
                employerId?: string;
                from?: string;
                kind?: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
                /** @description only vacancies whose minimum legal age is at most this */
                legalAgeAtMost?: number;
                limit?: number;
                maxHours?: number;
                maxKm?: number;
                minHours?: number;
                /** @description with maxKm: only vacancies within that distance of this PC4 */
                nearPc4?: string;
                sector?: string;
                status?: "draft" | "submitted" | "open" | "filled" | "closed";
                to?: string;
                vogAsked?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyPageDto"];
                };
            };
            /** @description Invalid input: errors names each filter and what it allows; also an unknown nearPc4. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVacancyDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field. Besides the shapes: the youth labour-law bands (hours, age), the minimum wage, the VOG rules (a VOG the law requires, its function aspects), the kind rules (a learning company and crebo for internships and BBL places, a summer job of at most 12 weeks), an unknown PC4, sector, skill or SBI code, and employerId missing for WSP staff. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not post vacancies (x-roles), or your employer is not in the network yet. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description employerId is no employer of the region, or not your own. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_get: {
        parameters: {
            query?: {
                /** @description coach: one of your youths, for the coach-only VOG indication */
                youthId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: an id that is no UUID, or youthId from someone who is not a coach. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such vacancy that you may see, or (youthId) no such youth of your organisation. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVacancyDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field (the same checks as posting one, on the vacancy as changed). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed meanwhile (version-conflict): currentVersion is the version now; read it again and apply your change to it. Or the vacancy is filled or closed (vacancy-not-editable: currentStatus). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vacancy's status does not allow this (invalid-transition: currentStatus and allowed), or the employer has not accepted the current pledge (pledge-required). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vacancy is closed already (invalid-transition: currentStatus and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_sendBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: the comment is missing. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vacancy's status does not allow this (invalid-transition: currentStatus and allowed). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The vacancy's status does not allow this (invalid-transition: currentStatus and allowed), or the employer has not accepted the current pledge (pledge-required). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MatchingController_forVacancy: {
        parameters: {
            query?: {
                k?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthSuggestionsDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such vacancy in your region; for a coach also a vacancy that is not open. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacanciesController_vogGuidance: {
        parameters: {
            query?: {
                /** @description who helps the youth: coach (a coach's own youths; the default for coaches), wsp (open intake: no coach) or any (the default for others) */
                guide?: "coach" | "wsp" | "any";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyVogGuidanceDto"];
                };
            };
            /** @description Invalid input: guide is not coach, wsp or any. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VacancyPreviewController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VacancyPreviewInputDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyPreviewDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocabularyController_riskFactors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        category: string;
                        code: string;
                        /**
                         * @description the evidence for the factor, as the report grades it
                         * @enum {string}
                         */
                        evidence: "founded" | "plausible" | "none";
                        /** @enum {string} */
                        kind: "risk" | "protective";
                        labelEn: string;
                        /** @description the report's Dutch label */
                        labelNl: string;
                    }[];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    VocabularyController_skills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sectors: {
                            code: string;
                            labelEn: string;
                            labelNl: string;
                        }[];
                        terms: {
                            code: string;
                            /** @enum {string} */
                            kind: "skill" | "interest";
                            labelEn: string;
                            labelNl: string;
                            sector: string;
                            /** @description the vocabulary version that added the term */
                            since: number;
                        }[];
                        /** @description version of the vocabulary */
                        version: number;
                    };
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_list: {
        parameters: {
            query?: {
                /** @description available on some day from this date */
                availableFrom?: string;
                /** @description available on some day up to this date */
                availableTo?: string;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                kind?: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
                limit?: number;
                maxAge?: number;
                minAge?: number;
                /** @description skill codes the youth must all have (repeat the parameter) */
                skill?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthPageDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterYouthDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"];
                };
            };
            /** @description Invalid input: errors names each field. Besides the shapes: an age outside the region's band (dateOfBirth), an unknown PC4, a skill or interest not in the vocabulary, availability that ends before it starts, a crebo without an mbo level. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a coach gets the CoachYouth (identity, consents, date of birth), WSP staff the pseudonymous YouthProfile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"] | components["schemas"]["YouthProfileDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateYouthDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"];
                };
            };
            /** @description Invalid input: errors names each field (the same checks as registering). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The youth was changed meanwhile (version-conflict): currentVersion is the version now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_consents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"][];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_consent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description Invalid input: givenAt in the future, or givenBy the youth under 16 (a parent or guardian consents then). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This consent is already on record and not withdrawn (consent-exists). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsentDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such youth for you, or no such consent of the youth. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The consent was withdrawn already (consent-withdrawn). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthExportDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_readSealed: {
        parameters: {
            query: {
                /** @description why you read the sealed record; kept in the audit log */
                purpose: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedRecordDto"];
                };
            };
            /** @description Invalid input: errors names each field, parameter or header and the rule it broke (type /problems/validation), or the body is not JSON (/problems/malformed-json). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    YouthController_writeSealed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SealedRecordInputDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedRecordDto"];
                };
            };
            /** @description Invalid input: errors names each field; also priority without priorityReason, an unknown risk factor, an offence date in the future, a VOG concern level of none with an offence category or date. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The sealed record was changed meanwhile (version-conflict): currentVersion is the version now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than 256 kB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The JSON body is in a charset other than UTF-8, or has a Content-Encoding other than gzip, deflate or br. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database refused a value (type rule-violated or reference-not-found): a value its rules do not allow, or a reference to something that no longer exists; detail names the record and the rule. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    MatchingController_forYouth: {
        parameters: {
            query?: {
                from?: string;
                k?: number;
                kind?: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
                /** @description at most the youth's own travel distance */
                maxKm?: number;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancySuggestionsDto"];
                };
            };
            /** @description Invalid input: errors names each parameter; also to before from. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No access token, or one that is invalid, expired or whose session was signed out: refresh it or sign in again. */
            401: {
                headers: {
                    /** @description Bearer realm="startbaan", with error="invalid_token" when a token came and was not accepted (RFC 6750). */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (x-roles lists the roles that may). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing with this id that you may see: records of another organisation or region answer 404 too. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The youth has not consented to matching, or withdrew it (no-consent). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not available, or too busy, right now: Retry-After (and retryAfterSeconds) says when to try again. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
