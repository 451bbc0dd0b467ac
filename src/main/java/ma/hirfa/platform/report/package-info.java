/**
 * The reports kit: {@link ma.hirfa.platform.report.Count} and {@link ma.hirfa.platform.report.Series} hold the
 * figures, {@link ma.hirfa.platform.report.Chart} lays them out as a bar chart that the fragment
 * {@code templates/platform/report.html :: chart(chart)} draws as SVG on the server (no script, no inline style,
 * within the strict CSP) with an accessible table under it. Exports of the same figures go through
 * {@link ma.hirfa.platform.transfer.Download}. A report counting a table by category and status is only declared:
 * a {@link ma.hirfa.platform.report.CrosstabReport} bean, whose page and exports the platform serves. Reached by
 * other modules as {@code "platform :: report"}.
 */
@org.springframework.modulith.NamedInterface("report")
package ma.hirfa.platform.report;
