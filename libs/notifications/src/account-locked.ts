import type { Bilingual } from './notice-email.js';

const at = (d: Date): Bilingual => ({
  nl: d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
  en: d.toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
});

/**
 * What the holder of an account locked by failed sign-ins is told. The sign-in answer itself
 * says nothing of the lock (it would tell anyone which addresses have accounts), so this notice
 * is how the holder learns why the right password did not work. `lockedUntil` is null when the
 * lock already ended by the time the notice is written.
 */
export function accountLockedNotice(lockedUntil: Date | null): { title: Bilingual; lines: Bilingual[] } {
  const until = lockedUntil ? at(lockedUntil) : null;
  return {
    title: {
      nl: 'Je account is tijdelijk geblokkeerd na te veel mislukte pogingen om in te loggen',
      en: 'Your account is locked for a while after too many failed sign-in attempts',
    },
    lines: [
      until
        ? { nl: `Je kunt weer inloggen na ${until.nl} (Nederlandse tijd).`, en: `You can sign in again after ${until.en} (Amsterdam time).` }
        : { nl: 'Je kunt inmiddels weer inloggen.', en: 'You can sign in again now.' },
      {
        nl: 'Tot dan lukt inloggen ook met het juiste wachtwoord niet. Was jij dit niet? Dan probeert iemand misschien je wachtwoord te raden. Kies een sterk wachtwoord dat je nergens anders gebruikt, en vraag je contactpersoon bij het WSP om hulp als je twijfelt.',
        en: 'Until then even the right password does not work. Was this not you? Then someone may be trying to guess your password. Use a strong password you use nowhere else, and ask your WSP contact for help if in doubt.',
      },
    ],
  };
}
