/**
 * The credentials waiting to be printed. Passwords are shown once and never
 * fetched again, so they live only here: in memory, and in this tab's
 * sessionStorage so that reloading the print view does not lose them.
 */
export interface LoginCard {
  displayName: string;
  username: string;
  password: string;
}

export interface LoginCardSet {
  schoolName: string;
  /** ISO 3166-1 alpha-2 of the school. */
  country: string;
  cards: LoginCard[];
}

const STORAGE_KEY = 'kopa.loginCards';
let current: LoginCardSet | null = null;

export function saveLoginCards(set: LoginCardSet): void {
  current = set;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(set));
  } catch {
    // storage can be blocked: the cards still print from memory
  }
}

export function loadLoginCards(): LoginCardSet | null {
  if (current) return current;
  try {
    const stored = sessionStorage.getItem(STORAGE_KEY);
    current = stored ? (JSON.parse(stored) as LoginCardSet) : null;
  } catch {
    current = null;
  }
  return current;
}

export function forgetLoginCards(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

/** Where a card's QR code leads: the login page with the username filled in. */
export function loginCardUrl(origin: string, username: string): string {
  return `${origin}/login?username=${encodeURIComponent(username)}`;
}
