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
        /** Sign out: revoke the refresh token and every token rotated from it */
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
        /** Sign out in the portal: ends the cookie's session (its access tokens too, at once) and clears the cookie */
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
        /** Search the employer network */
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
        /** Change the status (prospect, active, dormant, ended); kept with its date */
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
        /** SBI sections (sector letters) with Dutch and English labels */
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
        /** The process is up */
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
        /** PostgreSQL and Redis answer; 503 when either does not */
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
        /** Mark a notification read */
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
         * @description Open, and today within the sign-up window.
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
        /** Accept an invitation and choose a password */
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
        /** The signed-in account */
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
        /** Mark a notification read */
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
        /** Your tasks: check-ins due, concerns to act on, follow-ups to record */
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
        /** Mark a task done */
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
         * @description employers {total, byStatus, bySector, byArea (by municipality), byAccountManager}; vacanciesInReview (longest waiting first, with daysWaiting and the vacancy's vog); unansweredProposals (past the region's SLA in working days: still waiting, or expired in the last 30 days; each vacancy with its vog); vog (the region's share by basis, and byEmployer); dormant (employers with no open vacancy for 6 months). Lists are {total, items} with at most 100 items.
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
        /** Add an organisation to your region */
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
        /** Accounts of one organisation */
        get: operations["OrganisationsController_users_"];
        put?: never;
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
        /** Record a check-in: each work skill good, working_on_it or concern (a concern becomes your task) */
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
        /** The mentor's short note on a check-in */
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
        /** End the placement: completed, or ended_early with a reason; follow-ups at 3 and 6 months become the coach's tasks */
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
        /** What became of the youth at the end, after 3 or after 6 months */
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
        /** Name yourself (WSP) as referee for the youth's next application */
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
        /** Write the reference for the youth's next application */
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
        /** The current friendly-employer pledge (Dutch and English) */
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
        /** The region's programmes (WSP staff also see drafts) */
        get: operations["ProgrammesController_list"];
        put?: never;
        /** Create a summer programme (draft): age band, sign-up and work windows, choices per youth, kinds */
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
        /** A programme */
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft programme */
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
        /** The allocation runs, latest first */
        get: operations["ProgrammesController_runs"];
        put?: never;
        /** Start an allocation run (a draft; its seed is recorded): follow its progress on the run */
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
        /** A run: status, progress, and when done its report (sizes, matched, priority matched with and without the tier, blocking pairs, times) */
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
        /** Publish the latest draft: its matches become proposals and the placement flow takes over */
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
        /** Youths in the programme with their choices: a coach sees their own organisation's, WSP staff everyone */
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
        /** Enrol a youth with ranked choices, or change them (coach: own youths; WSP staff: youths from open intake) */
        put: operations["ProgrammesController_enter"];
        post?: never;
        /** Take a youth out of the programme */
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
         * @description snapshots: [{id, moment (baseline | weekly | close), isoWeek, takenAt}]; current: the report computed now. WSP staff and admins of the region: the whole programme, with every count of 1 to 4 people suppressed (null; empty in CSV) and as many more cells as it takes that none can be worked out from a total. Coaches: only their own organisation's youths, unsuppressed. A report: overall, byKind, bySector, byArea (home municipality); each row {key, label, counts {signedUp, signedUpIntake, signedUpCoach, priority, proposed, introduced, firstInterview, showedUpFirstInterview, placed, completed, endedEarly, threeMonths…/sixMonths… follow-ups}, priorityShare}; all counts are youths. ?format=csv gives text/csv (RFC 4180, comma, decimal point, header row: programme, moment, taken_at, dimension, key, label, then one column per count and priority_share).
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
         * @description snapshot {id, moment, isoWeek, takenAt} and its report. WSP staff and admins of the region: the whole programme, with every count of 1 to 4 people suppressed (null; empty in CSV) and as many more cells as it takes that none can be worked out from a total. Coaches: only their own organisation's youths, unsuppressed. A report: overall, byKind, bySector, byArea (home municipality); each row {key, label, counts {signedUp, signedUpIntake, signedUpCoach, priority, proposed, introduced, firstInterview, showedUpFirstInterview, placed, completed, endedEarly, threeMonths…/sixMonths… follow-ups}, priorityShare}; all counts are youths. ?format=csv gives text/csv (RFC 4180, comma, decimal point, header row: programme, moment, taken_at, dimension, key, label, then one column per count and priority_share).
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
        /** Move the programme: draft → open → allocating → published → closed (allocating ↔ open, published → allocating for a next round) */
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
        /** Enlist a vacancy with a number of places (or change the places), while the programme is draft or open */
        put: operations["ProgrammesController_enlist"];
        post?: never;
        /** Take a vacancy out of the programme (its choices go too), while the programme is draft or open */
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
         * @description For the employer: the candidate card; the first look marks it viewed. With the vacancy's vog (schema VacancyVogDto); for a coach of the proposing organisation with vog.indication for the youth (a read of the sealed VOG concern, audited).
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
        /** Record the youth's acceptance: the placement is created (never more than the vacancy's places) */
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
        /** Decline a viewed proposal, with a reason category for the coach */
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
        /** Plan (or move) the interview: date, time and place or video link */
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
        /** After the slot: showed_up, no_show or rescheduled (a no-show goes back to the coach, no penalty) */
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
        /** Invite the candidate (the coach then asks the youth) */
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
        /** Offer the place: start date, hours, wage (at least the legal minimum) */
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
        /** Withdraw a proposal (any time before placed) */
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
        /** The region's placement settings: proposal SLA and check-in weeks */
        get: operations["RegionSettingsController_get"];
        /** Change the proposal SLA or the check-in weeks (new placements follow the new weeks) */
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
         * @description Employers: their own. WSP: the region. Coaches: open ones. Every vacancy carries its VOG (vog: the requirement, the summary in your language, the guidance route) and its full guidance.
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
         * @description vog is the requirement as posted plus the summary in your language and the guidance route (schema VacancyVogDto); vogGuidance is the full guidance. Coaches may pass youthId for the coach-only VOG indication (vog.indication, and vogIndicationForYouth in both languages; audited as a sealed read).
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
        /** WSP review: open the vacancy */
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
        /** Close the vacancy */
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
        /** WSP review: send back to the employer with comments */
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
        /** Submit for WSP review (needs the accepted current pledge) */
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
         * Youths who fit a vacancy (WSP): pseudonymous profiles with priority, score and reasons
         * @description With the vacancy's vog (schema VacancyVogDto).
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
        /** Youths: your own (coach) or those of the region who consented to matching (WSP) */
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
         * @description Every feasible vacancy within the travel distance is scored; the top k are returned. Another organisation's youth is a 404. Each vacancy carries its vog (schema VacancyVogDto) with the indication for this youth: the sealed VOG concern the score reads anyway (one audited read).
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
        AvailabilityWindowDto: {
            /** @example 2027-07-05 */
            from: string;
            hoursPerWeek: number;
            /**
             * @description school: term time; holiday: school holidays or not at school
             * @enum {string}
             */
            period: "school" | "holiday";
            /** @example 2027-08-13 */
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
        CheckInDto: {
            note?: string;
            /** @description every one of onTime, callsInSick, reportsLateness, followsInstructions, asksForHelp */
            skills: components["schemas"]["WorkSkillsDto"];
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
            motivation: Record<string, never> | null;
            otherSkills: Record<string, never> | null;
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
            withdrawalReason: Record<string, never> | null;
            /** Format: date-time */
            withdrawnAt: Record<string, never> | null;
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
             * @description first day of sign-up and enrolment
             * @example 2027-03-01
             */
            applyFrom: string;
            /** @example 2027-05-15 */
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
             * @description first day of work (the age band is checked on it)
             * @example 2027-07-05
             */
            workFrom: string;
            /** @example 2027-08-27 */
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
            /** @example 2027-08-13 */
            endDate: string;
            /** @description how the first week goes */
            firstWeek?: string;
            /** @description gross euros an hour; not for work_experience */
            hourlyWage?: number;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            languages: string[];
            /** @description SBB leerbedrijf-ID; required for internship and bbl_place */
            leerbedrijfId?: string;
            mentorName?: string;
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
            /** @example 2027-07-05 */
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
        EmployerStatusDto: {
            note?: string;
            /** @enum {string} */
            status: "prospect" | "active" | "dormant" | "ended";
        };
        EndDto: {
            /**
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
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        FieldProblemDto: {
            /** @example minimumAge */
            field: string;
            message: string;
        };
        FollowUpDto: {
            /** @enum {string} */
            moment: "end" | "three_months" | "six_months";
            /** @enum {string} */
            status: "still_working_there" | "other_job" | "education" | "nothing" | "unknown";
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
            email?: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            /**
             * @description how an introduced employer reaches the youth: the youth's own phone, e-mail or WhatsApp, or via_coach: through the proposal's message thread with the contact person (the employer never gets the coach's name or address)
             * @enum {string}
             */
            preferredContact?: "phone" | "email" | "whatsapp" | "via_coach";
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
            /** Format: date-time */
            at: string;
            place?: string;
            /** @description coach only: send the reminders to the youth's own e-mail too (kept until changed) */
            remindYouth?: boolean;
            videoLink?: string;
        };
        InterviewOutcomeDto: {
            /** @enum {string} */
            outcome: "showed_up" | "no_show" | "rescheduled";
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
            /** @description Only when delivery is link. */
            inviteUrl: Record<string, never> | null;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "coach" | "employer" | "wsp_staff" | "admin";
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
        MentorNoteDto: {
            /** @description the mentor's short note */
            note: string;
        };
        MessageDto: {
            /** @description plain text; the other side is told there is a message, never what it says */
            body: string;
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
        OfferDto: {
            /**
             * @description the last day; the vacancy's end date when left out
             * @example 2027-08-27
             */
            endDate?: string;
            /** @description gross euros an hour; not for work experience */
            hourlyWage?: number;
            hoursPerWeek: number;
            /** @example 2027-07-05 */
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
        PreviewVogDto: {
            /** @enum {string} */
            basis: "legal_requirement" | "employer_choice" | "not_asked";
            /** @description the law that makes a VOG compulsory for this vacancy, derived from what it is */
            legalDuty: components["schemas"]["LegalDutyDto"] | null;
            /** @description one line in the reader's language, as every representation of the vacancy will carry it */
            summary: string;
        };
        ProblemDto: {
            /** @example email: email must be an email */
            detail: string;
            errors?: components["schemas"]["FieldErrorDto"][];
            instance?: string;
            /** @example 400 */
            status: number;
            /** @example Invalid input */
            title: string;
            /** @example /problems/validation */
            type: string;
        };
        ProgrammeStatusDto: {
            /** @enum {string} */
            status: "draft" | "open" | "allocating" | "published" | "closed";
        };
        ProposeDto: {
            /** @description shown to the employer, in your words */
            note: string;
            /** Format: uuid */
            vacancyId: string;
            /** Format: uuid */
            youthId: string;
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
        RegisterYouthDto: {
            availability: components["schemas"]["AvailabilityWindowDto"][];
            /** @example 2010-03-14 */
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
        ReviewDto: {
            /** @description required when sending back */
            comment?: string;
        };
        ScheduleDto: {
            /** @example 09:00 */
            earliestStart: string;
            /** @example 17:00 */
            latestEnd: string;
            weekdays: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            weekends: boolean;
        };
        SealedRecordDto: {
            notes: string;
            priority: boolean;
            priorityReason?: Record<string, never> | null;
            riskFactors: string[];
            /** Format: date-time */
            updatedAt: Record<string, never> | null;
            /** @description 0 when nothing was recorded yet */
            version: number;
            vogConcern: components["schemas"]["VogConcernDto"];
        };
        SealedRecordInputDto: {
            notes: string;
            priority: boolean;
            /** @enum {string|null} */
            priorityReason?: "risk_of_criminal_recruitment" | "police_or_justice_contact" | "school_dropout" | "family_circumstances" | "referral_by_justice_partner" | "other" | null;
            /** @description why you write it; kept in the audit log */
            purpose: string;
            /** @description codes from GET /vocabulary/risk-factors */
            riskFactors: string[];
            /** @description the version you read (0 or left out when there is none yet) */
            version?: number;
            vogConcern: components["schemas"]["VogConcernDto"];
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
            /** @example 2010-03-14 */
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
        StartRunDto: {
            /** @description the lottery seed, to reproduce a run; drawn at random when left out */
            seed?: number;
        };
        TextDto: {
            en: string;
            nl: string;
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
             * @description first day of sign-up and enrolment
             * @example 2027-03-01
             */
            applyFrom?: string;
            /** @example 2027-05-15 */
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
             * @description first day of work (the age band is checked on it)
             * @example 2027-07-05
             */
            workFrom?: string;
            /** @example 2027-08-27 */
            workTo?: string;
        };
        UpdateVacancyDto: {
            description?: string;
            duringSchoolWeeks?: boolean;
            endDate?: string;
            firstWeek?: string;
            hourlyWage?: number;
            hoursPerDay?: number;
            hoursPerWeek?: number;
            mentorName?: string;
            minimumAge?: number;
            places?: number;
            /** @example 88.91 */
            sbiCode?: string;
            schedule?: components["schemas"]["ScheduleDto"];
            startDate?: string;
            title?: string;
            traits?: components["schemas"]["TraitsDto"];
            version: number;
            vog?: components["schemas"]["VogDto"];
        };
        UpdateYouthDto: {
            availability?: components["schemas"]["AvailabilityWindowDto"][];
            dateOfBirth?: string;
            education?: components["schemas"]["EducationDto"];
            identity?: components["schemas"]["IdentityPatchDto"];
            interests?: string[];
            languages?: string[];
            /** @description false: no match alerts about this youth */
            matchAlerts?: boolean;
            maxTravelKm?: number;
            motivation?: string;
            otherSkills?: string;
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
        VacancyPreviewDto: {
            /** @description null when the hours are beyond every legal band */
            minimumLegalAge: number | null;
            minimumLegalAgeReasons: components["schemas"]["LegalAgeReasonDto"][];
            /** @description per age the vacancy admits, up to the adult rate; empty for unpaid work */
            minimumWages: components["schemas"]["MinimumWageDto"][];
            /** @description every rule saving would refuse, each naming its field; empty when the vacancy can be saved as it is */
            problems: components["schemas"]["FieldProblemDto"][];
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
            /** @example 2027-08-13 */
            endDate: string;
            /** @description how the first week goes */
            firstWeek?: string;
            /** @description gross euros an hour; not for work_experience */
            hourlyWage?: number;
            hoursPerDay: number;
            hoursPerWeek: number;
            /** @enum {string} */
            kind: "summer_job" | "job" | "internship" | "bbl_place" | "work_experience";
            languages?: string[];
            /** @description SBB leerbedrijf-ID; required for internship and bbl_place */
            leerbedrijfId?: string;
            mentorName?: string;
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
            /** @example 2027-07-05 */
            startDate: string;
            title?: string;
            traits: components["schemas"]["TraitsDto"];
            vog: components["schemas"]["VogDto"];
        };
        VacancyVogDto: {
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
        VerifyDto: {
            /**
             * @description the six digits we sent
             * @example 048213
             */
            code: string;
        };
        VogConcernDto: {
            /** @example 2025-06-01 */
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
            /** @description Dutch, at B1 level */
            nl: components["schemas"]["VogGuidanceTextDto"];
            /** @description version of the guidance texts */
            version: number;
        };
        VogGuidanceSectionDto: {
            body: string;
            title: string;
        };
        VogGuidanceTextDto: {
            sections: components["schemas"]["VogGuidanceSectionDto"][];
            summary: string;
        };
        VogIndicationRefDto: {
            /** @enum {string} */
            code: "no_vog_needed" | "likely_fine" | "talk_it_through";
            /** @description why, in the reader's language; an indication to discuss, never Justis' decision */
            reason: string;
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
        YouthPageDto: {
            /** @description coaches get CoachYouth items, WSP staff YouthProfile items */
            items: components["schemas"]["YouthProfileDto"][];
            nextCursor: Record<string, never> | null;
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
            motivation: Record<string, never> | null;
            otherSkills: Record<string, never> | null;
            /** @example 3072 */
            pc4: string;
            /** @description priority yes/no; the reason stays with the coach */
            priority: boolean;
            /** @example Kandidaat 7KQ2 */
            pseudonym: string;
            skills: string[];
            wishedKinds: string[];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedDto"];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrowserSessionDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description PostgreSQL and Redis answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        details?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        error?: Record<string, never>;
                        info?: {
                            [key: string]: {
                                status?: string;
                            };
                        };
                        /** @enum {string} */
                        status?: "ok";
                    };
                };
            };
            /** @description PostgreSQL or Redis does not answer (problem+json, type /problems/not-ready, with the checks) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeProgrammeDto"][];
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
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such programme. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The programme does not take sign-ups now. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or for this contact: retryAfterSeconds (and Retry-After) says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupConfirmationDto"];
                };
            };
            /** @description Not the code we sent: attemptsLeft says how many tries remain. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No pending sign-up with this id (confirmed already, or expired and removed). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many wrong codes (sign up again), or the programme stopped taking sign-ups. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The code expired: sign up again. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests from this address or for this contact: retryAfterSeconds (and Retry-After) says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description A filter out of range: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Coaches and employers: the network view is for WSP staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Coaches and employers: the network view is for WSP staff. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description The programme is not a draft any more. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description A run of this programme is still going, or the programme is not open, allocating or published. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not the latest draft, or the programme cannot be published from its state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_entries: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/csv": string;
                };
            };
            /** @description An id that is no UUID, or an unknown format: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Employers: monitoring is for WSP staff and coaches. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such programme in your region (a draft, for a coach), or no such snapshot of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                    "text/csv": string;
                };
            };
            /** @description An id that is no UUID, or an unknown format: the field and what it allows. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Employers: monitoring is for WSP staff and coaches. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such programme in your region (a draft, for a coach), or no such snapshot of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not allowed from the current state: currentState and allowed are given. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>[];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    VacanciesController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page. */
                cursor?: string;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
    VacanciesController_vogGuidance: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyVogGuidanceDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VacancyPreviewDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown[];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["YouthPageDto"];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"];
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachYouthDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"][];
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentViewDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedRecordDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SealedRecordDto"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
