import type { PublicHiddenReason } from '@kopa/protocol';
import type { PartnershipRecord, PartnershipRepository, SchoolRecord } from '../directory/partnership-repository.js';
import type { FrozenContent, FrozenContents } from './frozen-content.js';
import type { ApprovedItemRecord, ShowcaseRepository } from './showcase-repository.js';
import { SLUG_PATTERN } from './showcase-slug.js';

/** An approved item as the public sees it: the approval, and the frozen version's content. */
export interface ShownItem {
  approval: ApprovedItemRecord;
  content: FrozenContent;
}

/** An approval and whether it is shown now. */
export type ApprovalVerdict =
  | { shown: true; content: FrozenContent }
  | { shown: false; reason: PublicHiddenReason | 'gone' };

export interface OpenShowcase {
  partnership: PartnershipRecord;
  schools: SchoolRecord[];
  slug: string;
}

export interface PublicShowcaseDeps {
  repository: ShowcaseRepository;
  partnerships: Pick<PartnershipRepository, 'find' | 'schoolsOf'>;
  frozen: FrozenContents;
}

/**
 * What is public, decided afresh on every request from the database: the showcase must be
 * on; an approved item must still exist, have its frozen version, (a post) still be
 * published in the blog, and show no pupil without photo consent in any of its pictures
 * (the cover of a post included). Withdrawing a consent or marking a pupil takes an item
 * off at once; giving the consent back brings it back, as approved.
 */
export class PublicShowcase {
  constructor(private readonly deps: PublicShowcaseDeps) {}

  /** The partnership whose showcase is on at this address, or null (unknown, or off). */
  open(slug: string): OpenShowcase | null {
    if (!SLUG_PATTERN.test(slug)) return null;
    const showcase = this.deps.repository.bySlug(slug);
    if (!showcase?.enabled || !showcase.slug) return null;
    const partnership = this.deps.partnerships.find(showcase.partnershipId);
    if (!partnership) return null;
    return { partnership, schools: this.deps.partnerships.schoolsOf(partnership.id), slug: showcase.slug };
  }

  /** The items shown on a partnership's showcase, newest approval first. */
  async shownItems(partnershipId: string): Promise<ShownItem[]> {
    const shown: ShownItem[] = [];
    for (const approval of this.deps.repository.approvedItemsOf(partnershipId)) {
      const verdict = await this.verdict(approval);
      if (verdict.shown) shown.push({ approval, content: verdict.content });
    }
    return shown;
  }

  /** One item of the showcase, or null when it is not shown there. */
  async shownItem(partnershipId: string, itemId: string): Promise<ShownItem | null> {
    const items = await this.shownItems(partnershipId);
    return items.find((item) => item.approval.itemId === itemId) ?? null;
  }

  /** Whether an approval is shown (ignoring the switch, which the caller knows), and why not. */
  async verdict(approval: ApprovedItemRecord): Promise<ApprovalVerdict> {
    if (approval.deleted || approval.versionId === null) return { shown: false, reason: 'gone' };
    if (approval.type === 'post' && approval.publishedVersionId === null) return { shown: false, reason: 'not_published' };
    const content = await this.deps.frozen.version({ id: approval.itemId, type: approval.type, docId: approval.docId }, approval.versionId);
    if (!content) return { shown: false, reason: 'gone' };
    if (this.deps.repository.picturesWithoutPhotoConsent(picturesOf(approval, content)).size > 0) return { shown: false, reason: 'photo_consent' };
    return { shown: true, content };
  }
}

/** Every picture an approved item shows: in its content, and its frozen cover. */
export function picturesOf(approval: { coverUploadId: string | null }, content: FrozenContent): Set<string> {
  const pictures = new Set(content.pictures);
  if (approval.coverUploadId) pictures.add(approval.coverUploadId);
  return pictures;
}
