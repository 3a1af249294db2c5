import { StyleSheet } from "@react-pdf/renderer";

// Letter size, Helvetica (built into every PDF reader: accents, ñ and the em dash print), and
// contrast that survives grey-scale printing: black text, greys for labels and rules.

export const INK = "#111111";
export const MUTED = "#4b5563";
export const RULE = "#9ca3af";
export const FAINT = "#e5e7eb";

export const styles = StyleSheet.create({
  page: {
    paddingTop: 36,
    paddingBottom: 56,
    paddingHorizontal: 40,
    fontFamily: "Helvetica",
    fontSize: 8.5,
    color: INK,
  },
  // No line height on the page or the body: one there hides "page x of y" (a render prop).
  body: {},
  lender: {
    fontSize: 10,
    lineHeight: 1.2,
    fontFamily: "Helvetica-Bold",
    color: MUTED,
    textTransform: "uppercase",
  },
  title: { fontSize: 17, lineHeight: 1.2, fontFamily: "Helvetica-Bold", marginTop: 2 },
  subtitle: { fontSize: 9, lineHeight: 1.2, color: MUTED, marginTop: 1 },
  headerBox: {
    marginTop: 8,
    borderWidth: 1,
    borderColor: INK,
    padding: 6,
    flexDirection: "row",
    flexWrap: "wrap",
  },
  section: { marginTop: 12 },
  sectionTitle: {
    fontSize: 10.5,
    fontFamily: "Helvetica-Bold",
    borderBottomWidth: 1,
    borderBottomColor: INK,
    paddingBottom: 2,
    marginBottom: 5,
  },
  grid: { flexDirection: "row", flexWrap: "wrap" },
  fact: { paddingRight: 8, paddingBottom: 5 },
  label: { fontSize: 7, color: MUTED },
  value: { fontFamily: "Helvetica-Bold" },
  hint: { fontSize: 6.5, color: MUTED, marginTop: 1 },
  note: { fontSize: 7.5, color: MUTED, marginTop: 3 },
  warning: {
    borderLeftWidth: 3,
    borderLeftColor: INK,
    paddingLeft: 5,
    paddingVertical: 2,
    marginBottom: 4,
    fontFamily: "Helvetica-Bold",
  },
  row: {
    flexDirection: "row",
    borderBottomWidth: 0.5,
    borderBottomColor: RULE,
    paddingVertical: 2,
  },
  rowLabel: { flex: 3, color: MUTED, paddingRight: 6 },
  rowValue: { flex: 2, textAlign: "right", fontFamily: "Helvetica-Bold" },
  flag: { marginBottom: 4 },
  flagHead: { fontFamily: "Helvetica-Bold" },
  table: { borderTopWidth: 1, borderTopColor: INK },
  th: {
    flexDirection: "row",
    borderBottomWidth: 1,
    borderBottomColor: INK,
    paddingVertical: 2,
    fontFamily: "Helvetica-Bold",
    fontSize: 6.5,
  },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 2 },
  td: { fontSize: 7, paddingRight: 3 },
  footerMain: {
    position: "absolute",
    bottom: 32,
    left: 40,
    right: 40,
    borderTopWidth: 0.5,
    borderTopColor: RULE,
    paddingTop: 4,
    fontSize: 7.5,
    fontFamily: "Helvetica-Bold",
  },
  footerHint: { position: "absolute", bottom: 22, left: 40, right: 40, fontSize: 7, color: MUTED },
});
