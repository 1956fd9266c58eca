import type { MessageId } from '@kopa/i18n';
import type { ItemType, PracticeLink } from '@kopa/protocol';
import { ExternalLink, FileText, LayoutDashboard, Newspaper } from 'lucide-react';
import { Link } from 'wouter';
import { useT } from '../i18n/use-t';
import { itemHref } from '../live/live-routes';
import './PracticeLinks.css';

const TYPE_LABEL: Record<ItemType | 'url', MessageId> = {
  doc: 'practices.linkType.doc',
  board: 'practices.linkType.board',
  post: 'practices.linkType.post',
  url: 'practices.linkType.url',
};

export function LinkIcon({ link }: { link: { kind: 'item'; type: ItemType } | { kind: 'url' } }) {
  if (link.kind === 'url') return <ExternalLink size={20} aria-hidden="true" />;
  if (link.type === 'board') return <LayoutDashboard size={20} aria-hidden="true" />;
  if (link.type === 'post') return <Newspaper size={20} aria-hidden="true" />;
  return <FileText size={20} aria-hidden="true" />;
}

export const linkTypeLabel = (link: { kind: 'item'; type: ItemType } | { kind: 'url' }): MessageId =>
  TYPE_LABEL[link.kind === 'url' ? 'url' : link.type];

/** What a practice links to: the partnership's items open in Kopa, web pages in a new tab (never a script). */
export function PracticeLinks({ links }: { links: PracticeLink[] }) {
  const t = useT();
  return (
    <ul className="practice-links">
      {links.map((link) => (
        <li key={link.kind === 'item' ? `item:${link.itemId}` : `url:${link.url}`}>
          {link.kind === 'item' ? (
            <Link href={itemHref(link.type, link.itemId)} className="practice-links__link">
              <LinkIcon link={link} />
              <span className="practice-links__text">
                <span className="practice-links__title">{link.title}</span>
                <span className="practice-links__kind">
                  {t(linkTypeLabel(link))}
                  {link.archived ? ` · ${t('practices.detail.archivedItem')}` : ''}
                </span>
              </span>
            </Link>
          ) : (
            <a href={link.url} className="practice-links__link" target="_blank" rel="noopener noreferrer">
              <LinkIcon link={link} />
              <span className="practice-links__text">
                <span className="practice-links__title">{link.label || link.url}</span>
                <span className="practice-links__kind">
                  {link.label ? hostOf(link.url) : t(linkTypeLabel(link))}
                  <span className="visually-hidden"> {t('practices.detail.opensNewTab')}</span>
                </span>
              </span>
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
