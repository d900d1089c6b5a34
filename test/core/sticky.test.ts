import { describe, expect, it } from 'vitest';
import { upsertSticky, type CommentApi, type StoredComment } from '../../src/core/sticky.js';

/** An in-memory thread whose calls yield to the event loop, so two upserts interleave like two jobs. */
function thread(initial: StoredComment[] = []) {
  const comments = [...initial];
  let next = 100;
  const tick = () => new Promise((r) => setTimeout(r, 1));
  const api: CommentApi = {
    list: async () => (await tick(), comments.map((c) => ({ ...c }))),
    create: async (body) => {
      await tick();
      const c = { id: next++, body, own: true };
      comments.push(c);
      return { ...c };
    },
    update: async (id, body) => {
      await tick();
      const c = comments.find((x) => x.id === id);
      if (!c) throw new Error(`404 comment ${id}`);
      c.body = body;
      return { ...c };
    },
    remove: async (id) => {
      await tick();
      comments.splice(
        comments.findIndex((x) => x.id === id),
        1,
      );
    },
  };
  return { api, comments };
}

describe('sticky comments', () => {
  it('creates one, then edits it in place', async () => {
    const { api, comments } = thread([{ id: 1, body: 'hello', own: false }]);
    expect((await upsertSticky(api, '<!-- m -->', '<!-- m -->\nv1')).action).toBe('created');
    expect((await upsertSticky(api, '<!-- m -->', '<!-- m -->\nv2')).action).toBe('updated');
    expect(comments).toEqual([
      { id: 1, body: 'hello', own: false },
      { id: 100, body: '<!-- m -->\nv2', own: true },
    ]);
  });

  it('leaves one comment when two runs race to create it', async () => {
    const { api, comments } = thread();
    await Promise.all([upsertSticky(api, '<!-- m -->', '<!-- m -->\nA'), upsertSticky(api, '<!-- m -->', '<!-- m -->\nB')]);
    const marked = comments.filter((c) => c.body.includes('<!-- m -->'));
    expect(marked).toHaveLength(1);
    expect(marked[0]?.id).toBe(100);
  });

  it('removes duplicates left by an earlier race and keeps other markers alone', async () => {
    const { api, comments } = thread([
      { id: 5, body: '<!-- m -->\nold', own: true },
      { id: 6, body: '<!-- other -->', own: true },
      { id: 7, body: '<!-- m -->\nolder duplicate', own: true },
    ]);
    await upsertSticky(api, '<!-- m -->', '<!-- m -->\nnew');
    expect(comments).toEqual([
      { id: 5, body: '<!-- m -->\nnew', own: true },
      { id: 6, body: '<!-- other -->', own: true },
    ]);
  });

  it('never edits or deletes a comment someone else wrote with the marker, or one that only quotes it', async () => {
    const planted = { id: 1, body: '<!-- m -->\nfake pass', own: false };
    const quoting = { id: 2, body: 'see `<!-- m -->` in the docs', own: true };
    const { api, comments } = thread([planted, quoting]);
    const result = await upsertSticky(api, '<!-- m -->', '<!-- m -->\nreal');
    expect(result.action).toBe('created');
    expect(comments).toEqual([planted, quoting, { id: 100, body: '<!-- m -->\nreal', own: true }]);
  });
});
