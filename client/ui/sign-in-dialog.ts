/**
 * Sign-in: shown when the API says the viewer is not signed in (first visit, expired or revoked
 * session). Whatever is on the canvas stays; after signing in the failed step can be retried.
 */
import { ApiError } from '../api/graphql-transport.ts';
import { signIn, type User } from '../api/session.ts';
import { h } from './dom.ts';

export class SignInDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly input: HTMLInputElement;
  private readonly message: HTMLElement;
  private readonly onSignedIn: (user: User) => void;

  constructor(onSignedIn: (user: User) => void) {
    this.onSignedIn = onSignedIn;
    this.input = h('input', { type: 'password', id: 'sign-in-token', required: true, autocomplete: 'off', spellcheck: 'false' });
    this.message = h('p', { class: 'sign-in-message', role: 'alert' });
    const form = h(
      'form',
      { class: 'sign-in-form' },
      h('h2', {}, 'Sign in'),
      h('p', {}, 'Paste the one-time sign-in link you were given (or an API token). Ask an administrator for a link if you have none.'),
      h('label', { for: 'sign-in-token' }, 'Sign-in link or token'),
      this.input,
      this.message,
      h('div', { class: 'dialog-buttons' }, h('button', { type: 'submit', class: 'primary', id: 'sign-in-submit' }, 'Sign in')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.dialog = h('dialog', { class: 'sign-in-dialog', 'aria-label': 'Sign in' }, form);
    // Without a session nothing works, so Escape does not dismiss the form.
    this.dialog.addEventListener('cancel', (event) => event.preventDefault());
    document.body.append(this.dialog);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  open(reason?: string): void {
    if (this.dialog.open) return;
    this.message.textContent = reason ?? '';
    this.input.value = '';
    this.dialog.showModal();
    this.input.focus();
  }

  private async submit(): Promise<void> {
    this.message.textContent = 'Signing in…';
    try {
      const user = await signIn(this.input.value);
      this.dialog.close();
      this.onSignedIn(user);
    } catch (error) {
      this.message.textContent = error instanceof ApiError ? error.message : 'Signing in failed.';
      this.input.select();
    }
  }
}
