/** What went wrong, for the error codes the server sends that no feature explains in its own words. */
export const errors = {
  'error.conflict': 'Someone changed this at the same moment, or it cannot be done right now. Reload the page and try again.',
  'error.wrong_status': 'This cannot be done at this step. Reload the page to see where it is now.',
  'error.payload_too_large': 'This is too big to send. Make it smaller and try again.',
  'error.unsupported_image': 'Kopa cannot use this file. Choose a JPG, PNG, WebP or GIF picture.',
  'error.invite_invalid': 'This invitation link does not work any more. Ask your teacher for a new one.',
  'error.alt_text_missing': 'Some pictures have no description yet. Describe each picture for someone who cannot see it, then try again.',
  'error.consent_missing': 'A picture shows a pupil who has not agreed to be shown in public. Take the picture out, or ask for agreement first.',
} as const;
