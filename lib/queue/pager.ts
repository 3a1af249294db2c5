/**
 * What the queue's pager shows for one page: the rows' range, and the number of pages when it is
 * known. A capped count (lib/queue/list.ts) leaves it unknown (`pages` null): a next page always
 * exists then, since more rows matched than were counted.
 */
export function queuePager(options: {
  page: number;
  pageSize: number;
  total: number;
  capped: boolean;
}) {
  const { page, pageSize, total, capped } = options;
  const from = (page - 1) * pageSize + 1;
  // A capped page lies within the counted rows, so `total` bounds it either way.
  const to = Math.min(total, from + pageSize - 1);
  const pages = capped ? null : Math.max(1, Math.ceil(total / pageSize));
  return { from, to, pages, hasPrevious: page > 1, hasNext: pages === null || page < pages };
}
