import type { AuthorshipBlock } from '@kopa/editor';
import { countryName, type Locale } from '@kopa/i18n';
import { colorForUser, personLabel, type DocumentAuthor } from '@kopa/protocol';
import type { CSSProperties, ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { errorMessage } from '../i18n/error-message';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import type { Authorship } from './use-authorship';
import type { Writer } from './writers';
import '../editor/document-content.css';
import './AuthorshipView.css';

/**
 * The text as it is now, each writer's words on their colour, with a legend of names and
 * schools. Read-only and live (the page keeps `useAuthorship` running: it also makes the credits). Colour is never the only sign: each stretch names its
 * writer on hover and, for screen readers, where the writer changes.
 */
export function AuthorshipView({ authorship }: { authorship: Authorship }) {
  const t = useT();
  const intl = useIntl();
  const { locale } = useLocale();
  const { blocks, authors, byClient, writers, retry } = authorship;
  const marks = new Map(writers.map((writer) => [writer.author.userId, writer]));
  const total = writers.reduce((sum, writer) => sum + writer.characters, 0);

  return (
    <section className="authorship-view" aria-labelledby="authorship-heading">
      <div className="authorship-view__top">
        <h2 id="authorship-heading" className="authorship-view__heading">
          {t('history.authorship.title')}
        </h2>
        <p className="authorship-view__intro">{t('history.authorship.intro')}</p>
      </div>
      {authors.status === 'failed' ? (
        <Banner tone="error" action={<Button variant="secondary" onClick={retry}>{t('error.retry')}</Button>}>
          {errorMessage(authors.error, t)}
        </Banner>
      ) : null}
      {writers.length > 0 ? (
        <ul className="authorship-view__legend" aria-label={t('history.authorship.legend')}>
          {writers.map(({ author, color, underline, characters }) => (
            <li key={author.userId} className="authorship-view__writer">
              {/* A sample of how their words are marked: colour and underline style. */}
              <span className={`authorship-view__swatch authorship-view__mark--${underline}`} style={writerStyle(color)} aria-hidden="true">
                Aa
              </span>
              <span>
                <strong>{personLabel(author.displayName, author.country)}</strong>
                <span className="authorship-view__school">{whereFrom(author, locale)}</span>
              </span>
              <span className="authorship-view__share">
                {t('history.authorship.share', { share: intl.formatNumber(total ? characters / total : 0, { style: 'percent' }) })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="authorship-view__text document-content">
        {blocks.length === 0 ? <p className="authorship-view__empty">{t('history.authorship.empty')}</p> : null}
        {blocks.map((block, index) => (
          <Block key={index} block={block}>
            <Runs block={block} byClient={byClient} marks={marks} />
          </Block>
        ))}
      </div>
    </section>
  );
}

const writerStyle = (color: string) => ({ '--writer': color }) as CSSProperties;

function whereFrom(author: DocumentAuthor, locale: Locale): string {
  return [author.schoolName, author.country ? countryName(author.country, locale) : null].filter(Boolean).join(', ');
}

/** Each block looks as in the editor (same classes), without becoming a heading or list in the page's outline. */
function Block({ block, children }: { block: AuthorshipBlock; children: ReactNode }) {
  if (block.type === 'quote') return <blockquote className="kd-quote">{children}</blockquote>;
  if (block.type === 'heading') return <p className="kd-h2">{children}</p>;
  if (block.type === 'listitem') {
    return (
      <p className="kd-paragraph authorship-view__item">
        <span aria-hidden="true">• </span>
        {children}
      </p>
    );
  }
  return <p className="kd-paragraph">{children}</p>;
}

interface RunsProps {
  block: AuthorshipBlock;
  byClient: ReadonlyMap<number, DocumentAuthor>;
  /** Each writer's colour and underline, by user id. */
  marks: ReadonlyMap<string, Writer>;
}

function Runs({ block, byClient, marks }: RunsProps) {
  const t = useT();
  if (block.runs.length === 0) return <br />;
  const writerOf = (clientId: number) => byClient.get(clientId)?.userId ?? `client-${clientId}`;
  return block.runs.map((run, index) => {
    const author = byClient.get(run.clientId);
    const who = author ? personLabel(author.displayName, author.country) : t('history.authorship.unknown');
    // A screen reader hears the writer's name where the writer changes, not on every stretch.
    const changed = index === 0 || writerOf(block.runs[index - 1]!.clientId) !== writerOf(run.clientId);
    // Spaces alone do not count as writing: such a writer may have no mark, and keeps their own colour.
    const mark = author ? (marks.get(author.userId) ?? { color: colorForUser(author.userId), underline: 0 }) : null;
    const className = mark ? `authorship-view__run authorship-view__mark--${mark.underline}` : 'authorship-view__run authorship-view__run--unknown';
    return (
      <span key={index} className={className} style={mark ? writerStyle(mark.color) : undefined} title={who}>
        {changed ? <span className="visually-hidden">{t('history.authorship.by', { name: who })}</span> : null}
        {run.text}
      </span>
    );
  });
}
