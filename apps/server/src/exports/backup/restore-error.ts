/** Why a backup cannot be restored, in one sentence for the person at the terminal; nothing was changed. */
export class RestoreError extends Error {}
