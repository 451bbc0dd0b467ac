package ma.hirfa.training.report;

/** One line of the report: a province, craft, sex or age band, and its counts. */
record ReportRow(String key, String label, int trainees, int completions, int certificates) {

    ReportRow plus(int moreTrainees, int moreCompletions, int moreCertificates) {
        return new ReportRow(
                key, label, trainees + moreTrainees, completions + moreCompletions, certificates + moreCertificates);
    }
}
