import { PERSON_NAME, type InvitePreview } from '@kopa/protocol';
import { Eye, EyeOff, LogIn } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiRequestError } from '../api/api-client';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { useSession } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { WelcomeShell } from '../ui/WelcomeShell';
import { Spinner } from '../ui/Spinner';
import { TextField } from '../ui/TextField';
import { useFocusFirstInvalid } from '../ui/use-focus-first-invalid';
import { partnershipsApi } from './partnerships-api';
import { SchoolFields, emptySchool, schoolProblems, type SchoolDraft } from './SchoolFields';
import './JoinPage.css';

type PreviewState =
  | { status: 'loading' }
  | { status: 'ready'; preview: InvitePreview }
  | { status: 'invalid' }
  | { status: 'failed'; error: unknown };

type Field = 'displayName' | 'email' | 'password' | 'school';

/** `/join/:token`: what the link invites to, and the few things needed to accept it. Works signed in or out. */
export function JoinPage({ token }: { token: string }) {
  const t = useT();
  const [state, setState] = useState<PreviewState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    partnershipsApi.preview(token).then(
      (preview) => current && setState({ status: 'ready', preview }),
      (error: unknown) => {
        if (!current) return;
        const invalid = error instanceof ApiRequestError && (error.code === 'invite_invalid' || error.status === 404);
        setState(invalid ? { status: 'invalid' } : { status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [token, attempt]);

  return (
    <WelcomeShell logoName={t('app.name')} wide>
      {state.status === 'loading' ? <Spinner label={t('app.loading')} /> : null}
      {state.status === 'failed' ? (
        <Banner tone="error" action={<Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>{t('error.retry')}</Button>}>
          {errorMessage(state.error, t)}
        </Banner>
      ) : null}
      {state.status === 'invalid' ? <InvalidLink /> : null}
      {state.status === 'ready' ? (
        <JoinForm token={token} preview={state.preview} onInvalid={() => setState({ status: 'invalid' })} />
      ) : null}
    </WelcomeShell>
  );
}

function InvalidLink() {
  const t = useT();
  const { session } = useSession();
  const signedIn = session.status === 'signed-in';
  return (
    <>
      <h1 className="join__title">{t('join.invalid.title')}</h1>
      <p className="join__intro">{t('join.invalid.text')}</p>
      <Link href={signedIn ? '/' : '/login'} className="button button--secondary button--m join__away">
        {signedIn ? t('join.toHome') : t('join.toLogin')}
      </Link>
    </>
  );
}

function JoinForm({ token, preview, onInvalid }: { token: string; preview: InvitePreview; onInvalid(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { session, signedIn } = useSession();
  const [, navigate] = useLocation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [school, setSchool] = useState<SchoolDraft>(() => emptySchool(locale));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [schoolErrorsShown, setSchoolErrorsShown] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [emailTaken, setEmailTaken] = useState(false);
  const [busy, setBusy] = useState(false);
  const { ref: formRef, focusFirstInvalid } = useFocusFirstInvalid();
  const guest = preview.kind === 'guest';
  const coordinator = preview.kind === 'coordinator';
  const currentName = session.status === 'signed-in' ? session.me.displayName : null;

  const intro =
    preview.kind === 'coordinator'
      ? t('join.asCoordinator', { partnership: preview.partnershipTitle })
      : preview.kind === 'school'
        ? t('join.asTeacher', { partnership: preview.partnershipTitle, school: preview.schoolName ?? preview.label })
        : t('join.asGuest', { partnership: preview.partnershipTitle });

  const check = (): Partial<Record<Field, string>> => {
    const name = displayName.trim();
    return {
      displayName: !name ? t('join.nameRequired') : PERSON_NAME.test(name) ? undefined : t('join.nameLetters'),
      email: guest || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? undefined : t('join.emailInvalid'),
      password: guest || password.length >= 10 ? undefined : t('join.passwordShort'),
      school: coordinator && Object.values(schoolProblems(school, t)).some(Boolean) ? 'school' : undefined,
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setSchoolErrorsShown(Boolean(found.school));
    setEmailTaken(false);
    setFormError(null);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid();
    setBusy(true);
    try {
      const me = await partnershipsApi.accept(token, {
        displayName: displayName.trim(),
        ...(guest ? {} : { email: email.trim(), password }),
        ...(coordinator ? { school: { ...school, name: school.name.trim(), city: school.city.trim() } } : {}),
      });
      // Signed in as the new account, at home, in one step.
      signedIn(me);
      navigate('/', { replace: true });
    } catch (failure) {
      setBusy(false);
      if (!(failure instanceof ApiRequestError)) return setFormError(errorMessage(failure, t));
      if (failure.code === 'invite_invalid') return onInvalid();
      if (failure.code === 'conflict') {
        setEmailTaken(true);
        setErrors({ email: t('join.emailTaken') });
        return focusFirstInvalid();
      }
      const field = failure.field?.split('.')[0] as Field | undefined;
      if (field === 'school') setSchoolErrorsShown(true);
      setFormError(
        errorMessage(failure, t, {
          displayName: t('join.name'),
          email: t('join.email'),
          password: t('join.password'),
          'school.name': t('invites.school.name'),
          'school.city': t('invites.school.city'),
          'school.country': t('invites.school.country'),
          'school.languages': t('invites.school.languages'),
        }),
      );
    }
  };

  return (
    <>
      <h1 className="join__title">{t('join.title', { partnership: preview.partnershipTitle })}</h1>
      <p className="join__intro">{intro}</p>
      {guest && preview.label ? <p className="join__for">{t('join.guestFor', { label: preview.label })}</p> : null}
      {currentName ? <Banner tone="info">{t('join.signedInAs', { name: currentName })}</Banner> : null}
      <form ref={formRef} className="join__form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('join.name')}
          hint={guest ? t('join.guestNameHint') : t('join.nameHint')}
          name="name"
          autoComplete="name"
          maxLength={60}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={errors.displayName}
          autoFocus
        />
        {guest ? null : (
          <>
            <TextField
              label={t('join.email')}
              hint={t('join.emailHint')}
              name="email"
              type="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={64}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={errors.email}
            />
            {emailTaken ? (
              <p className="join__login-instead">
                <Link href="/login">{t('join.toLogin')}</Link>
              </p>
            ) : null}
            <TextField
              label={t('join.password')}
              hint={t('join.passwordHint')}
              name="new-password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={errors.password}
              trailing={
                <IconButton
                  label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
                  icon={showPassword ? <EyeOff size={22} /> : <Eye size={22} />}
                  onClick={() => setShowPassword((shown) => !shown)}
                />
              }
            />
          </>
        )}
        {coordinator ? (
          <fieldset className="join__school">
            <legend className="join__school-legend">{t('join.school')}</legend>
            <SchoolFields value={school} onChange={setSchool} errors={schoolErrorsShown ? schoolProblems(school, t) : {}} />
          </fieldset>
        ) : null}
        {formError ? <Banner tone="error">{formError}</Banner> : null}
        <Button type="submit" size="l" block disabled={busy} icon={<LogIn size={22} />}>
          {busy ? t('join.submitting') : guest ? t('join.submitGuest') : t('join.submit')}
        </Button>
      </form>
    </>
  );
}
