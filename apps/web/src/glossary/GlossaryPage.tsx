import { foldGlossaryText, sortGlossaryTerms, type GlossaryTerm } from '@kopa/protocol';
import { Plus } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { useLocale, useT } from '../i18n/use-t';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { LoadStatus } from '../ui/LoadStatus';
import { PageShell } from '../ui/PageShell';
import { TextField } from '../ui/TextField';
import { glossaryApi } from './glossary-api';
import { GlossaryForm } from './GlossaryForm';
import { GlossaryTermItem } from './GlossaryTermItem';
import { termTitle } from './term-words';
import { useGlossary } from './use-glossary';
import './GlossaryPage.css';
import '../ui/choice-chip.css';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; termId: string };
type Show = 'all' | 'waiting';

/**
 * `/glossary`: the partnership's words in all its languages, alphabetical in the reader's language,
 * searched as one types (case and accents aside). Everyone but guests adds terms (a teacher's are
 * approved at once, anyone else's wait); teachers see what waits for approval and approve, edit or
 * delete. Changes by others arrive by themselves (the glossary store follows the server's events).
 */
export function GlossaryPage() {
  const t = useT();
  const { locale } = useLocale();
  const { state, store } = useGlossary();
  const list = state.status === 'loading' ? null : state.list;
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [search, setSearch] = useState('');
  const [show, setShow] = useState<Show>('all');
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const filterId = useId();

  const sorted = useMemo(() => sortGlossaryTerms(list?.terms ?? [], locale), [list, locale]);
  const waiting = sorted.filter((term) => term.status === 'proposed');
  const wanted = foldGlossaryText(search);
  const shown = (show === 'waiting' && list?.canModerate ? waiting : sorted).filter(
    (term) => wanted === '' || Object.values(term.translations).some((text) => foldGlossaryText(text).includes(wanted)),
  );
  const nameOf = (term: GlossaryTerm) => termTitle(term, locale).text;

  const saved = (term: GlossaryTerm) => {
    const wasEditing = editing.kind === 'edit';
    store?.put(term);
    setEditing({ kind: 'none' });
    setNotice(
      t(wasEditing ? 'glossary.notice.saved' : term.status === 'approved' ? 'glossary.notice.added' : 'glossary.notice.proposed', { term: nameOf(term) }),
    );
    if (!wasEditing) addButton.current?.focus();
  };
  const approve = async (term: GlossaryTerm) => {
    const approved = await glossaryApi.approve(term.id);
    store?.put(approved);
    setNotice(t('glossary.notice.approved', { term: nameOf(approved) }));
  };
  const remove = async (term: GlossaryTerm) => {
    await glossaryApi.remove(term.id);
    store?.drop(term.id);
    setNotice(t('glossary.notice.deleted', { term: nameOf(term) }));
    // The term's buttons are gone: the keyboard starts again from the top of the page.
    heading.current?.focus();
  };

  const form = (term: GlossaryTerm | null) =>
    list ? (
      <GlossaryForm
        partnershipId={list.partnershipId}
        languages={list.languages}
        term={term}
        canModerate={list.canModerate}
        onSaved={saved}
        onCancel={() => {
          setEditing({ kind: 'none' });
          if (!term) addButton.current?.focus();
        }}
      />
    ) : null;

  const empty = list !== null && list.terms.length === 0;
  return (
    <PageShell>
      <header className="glossary-page__head">
        <div className="glossary-page__heading">
          <h1 ref={heading} tabIndex={-1} className="glossary-page__title">
            {t('glossary.title')}
          </h1>
          <p className="glossary-page__intro">{t('glossary.intro')}</p>
        </div>
        {list?.canPropose && editing.kind !== 'add' && !empty ? (
          <Button ref={addButton} icon={<Plus size={20} />} onClick={() => setEditing({ kind: 'add' })}>
            {t('glossary.add')}
          </Button>
        ) : null}
      </header>

      {notice ? (
        <Banner tone="success" className="glossary-page__notice">
          {notice}
        </Banner>
      ) : null}

      {editing.kind === 'add' ? <div className="glossary-page__form">{form(null)}</div> : null}

      <LoadStatus state={state.status === 'failed' && !list ? state : state.status === 'loading' ? state : { status: 'ready' }} onRetry={() => store?.refresh()} />

      {empty && editing.kind !== 'add' ? (
        <EmptyState
          picture="words"
          action={
            list.canPropose ? (
              <Button ref={addButton} icon={<Plus size={20} />} onClick={() => setEditing({ kind: 'add' })}>
                {t('glossary.add')}
              </Button>
            ) : undefined
          }
        >
          {t(list.canPropose ? 'glossary.empty.propose' : 'glossary.empty.read')}
        </EmptyState>
      ) : null}

      {list && !empty ? (
        <>
          <div className="glossary-page__tools">
            <TextField
              className="glossary-page__search"
              type="search"
              label={t('glossary.search')}
              placeholder={t('glossary.searchPlaceholder')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            {list.canModerate ? (
              <div className="glossary-page__filter" role="group" aria-labelledby={filterId}>
                <span id={filterId} className="field__label">
                  {t('glossary.show')}
                </span>
                <div className="glossary-page__chips">
                  <button type="button" className="choice-chip" aria-pressed={show === 'all'} onClick={() => setShow('all')}>
                    {t('glossary.filter.all')}
                  </button>
                  <button type="button" className="choice-chip" aria-pressed={show === 'waiting'} onClick={() => setShow('waiting')}>
                    {t('glossary.filter.waiting', { count: waiting.length })}
                  </button>
                </div>
              </div>
            ) : null}
          </div>

          <p className="glossary-page__count" aria-live="polite">
            {wanted !== '' ? t('glossary.found', { count: shown.length }) : t('glossary.count', { count: shown.length })}
          </p>

          {shown.length === 0 ? (
            wanted !== '' ? (
              <EmptyState
                picture="search"
                compact
                action={
                  <Button variant="secondary" onClick={() => setSearch('')}>
                    {t('glossary.clearSearch')}
                  </Button>
                }
              >
                {t('glossary.empty.filtered')}
              </EmptyState>
            ) : (
              <EmptyState picture="calm" compact>
                {t('glossary.empty.waiting')}
              </EmptyState>
            )
          ) : (
            <ul className="glossary-page__terms">
              {shown.map((term) => (
                <li key={term.id}>
                  {editing.kind === 'edit' && editing.termId === term.id ? (
                    form(term)
                  ) : (
                    <GlossaryTermItem
                      term={term}
                      languages={list.languages}
                      onApprove={approve}
                      onEdit={(chosen) => setEditing({ kind: 'edit', termId: chosen.id })}
                      onDelete={remove}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </PageShell>
  );
}
