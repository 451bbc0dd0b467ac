/**
 * The lists kit: {@link ma.hirfa.platform.list.Criteria} puts the user's region scope and the filters into one
 * SQL where-clause, {@link ma.hirfa.platform.list.SortColumns} turns a requested sort into SQL only through an
 * allow-list, {@link ma.hirfa.platform.list.PageSpec} bounds the page and its size, and
 * {@link ma.hirfa.platform.list.Listing} runs the count and the page so that a {@link ma.hirfa.platform.list.ListPage}
 * always knows its total. {@link ma.hirfa.platform.list.ListLinks} builds the pager and sort links that keep the
 * query's filters, for the fragments in {@code templates/platform/list.html}; a page controller takes a
 * {@link ma.hirfa.platform.list.ListRequest} (page, sort, links) instead of reading them itself. Reached by other
 * modules as {@code "platform :: list"}.
 */
@org.springframework.modulith.NamedInterface("list")
package ma.hirfa.platform.list;
