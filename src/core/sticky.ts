/** A comment (GitHub issue comment, GitLab MR note) as the sticky logic needs it. */
export interface StoredComment {
  id: number;
  body: string;
  url?: string;
  /** Written by the identity this run posts as: only such a comment may be taken over or deleted. */
  own: boolean;
}

/** The four calls a platform provides for sticky comments. */
export interface CommentApi {
  /** Every comment on the thread, all pages. */
  list(): Promise<StoredComment[]>;
  create(body: string): Promise<StoredComment>;
  update(id: number, body: string): Promise<StoredComment>;
  remove(id: number): Promise<void>;
}

/**
 * Creates or edits the one comment of ours that starts with `marker`. A comment anyone else wrote is
 * never edited or deleted, even with the marker in it (a PR author could plant one). Two jobs racing
 * may both create one; after creating, the thread is read again and every marked comment of ours but
 * the oldest (lowest id) is deleted, so both runs converge on one comment holding the last body written.
 */
export async function upsertSticky(api: CommentApi, marker: string, body: string): Promise<{ action: 'created' | 'updated'; comment: StoredComment }> {
  const marked = (comments: StoredComment[]) => comments.filter((c) => c.own && c.body.startsWith(marker)).sort((a, b) => a.id - b.id);
  const existing = marked(await api.list());
  const keep = existing[0];
  if (keep) {
    const comment = await api.update(keep.id, body);
    for (const extra of existing.slice(1)) await api.remove(extra.id);
    return { action: 'updated', comment };
  }
  const created = await api.create(body);
  const after = marked(await api.list());
  const oldest = after[0];
  if (oldest && oldest.id !== created.id) {
    // Another run created one first: ours goes, theirs carries our (newer) body.
    await api.remove(created.id);
    const comment = await api.update(oldest.id, body);
    return { action: 'updated', comment };
  }
  return { action: 'created', comment: created };
}
