import { Eye, EyeOff, LogIn } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { kopaApi } from '../api/kopa-api';
import { errorMessage } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useSession } from '../session/use-session';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { IconButton } from '../ui/IconButton';
import { TextField } from '../ui/TextField';
import { WelcomeShell } from '../ui/WelcomeShell';
import './LoginPage.css';

/** Username and password, big and forgiving. `?username=` fills the name in (from a login card). */
export function LoginPage() {
  const t = useT();
  const { login } = useSession();
  const params = new URLSearchParams(window.location.search);
  const [username, setUsername] = useState(params.get('username') ?? '');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    kopaApi.instance().then((info) => setDemo(info.demo), () => setDemo(false));
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      username: username.trim() ? undefined : t('error.username_required'),
      password: password ? undefined : t('error.password_required'),
    };
    setFieldErrors(missing);
    if (missing.username || missing.password) return;
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setPassword('');
      passwordRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <WelcomeShell logoName={t('app.name')} below={<p className="login__tagline">{t('app.tagline')}</p>}>
      <h1 className="login__title">{t('login.title')}</h1>
      <p className="login__intro">{t('login.intro')}</p>
      {error ? <Banner tone="error">{error}</Banner> : null}
      <form className="login__form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('login.username')}
          hint={t('login.usernameHint')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fieldErrors.username}
          autoFocus={!username}
        />
        <TextField
          ref={passwordRef}
          label={t('login.password')}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
          autoFocus={Boolean(username)}
          trailing={
            <IconButton
              label={showPassword ? t('login.hidePassword') : t('login.showPassword')}
              icon={showPassword ? <EyeOff size={22} /> : <Eye size={22} />}
              onClick={() => setShowPassword((shown) => !shown)}
            />
          }
        />
        <Button type="submit" size="l" block disabled={busy} icon={<LogIn size={22} />}>
          {busy ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
      <p className="login__help">{t('login.forgot')}</p>
      {demo ? (
        <p className="login__demo">
          {t('login.demoHint', { username: 'janis', password: 'kopa-demo' })}
        </p>
      ) : null}
    </WelcomeShell>
  );
}
