import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Fact, ReportModel } from "../present";
import { styles } from "./styles";

export function Section({
  title,
  children,
  breakBefore = false,
  keepTogether = false,
}: {
  title: string;
  children: ReactNode;
  breakBefore?: boolean;
  /** Small sections move to the next page whole rather than leave their title behind. */
  keepTogether?: boolean;
}) {
  return (
    <View style={styles.section} break={breakBefore} wrap={!keepTogether}>
      {/* A title never ends a page alone: it keeps the next lines with it. */}
      <Text style={styles.sectionTitle} minPresenceAhead={40}>
        {title}
      </Text>
      {children}
    </View>
  );
}

/** Facts in columns: a grey label above a bold value, with an optional hint under it. */
export function FactGrid({ facts, columns }: { facts: readonly Fact[]; columns: number }) {
  const width = `${100 / columns}%`;
  return (
    <View style={styles.grid}>
      {facts.map((fact) => (
        <View key={fact.label} style={[styles.fact, { width }]} wrap={false}>
          <Text style={styles.label}>{fact.label}</Text>
          <Text style={styles.value}>{fact.value}</Text>
          {fact.hint ? <Text style={styles.hint}>{fact.hint}</Text> : null}
        </View>
      ))}
    </View>
  );
}

export function ReportHeader({ model }: { model: ReportModel }) {
  return (
    <View>
      <Text style={styles.lender}>{model.lender}</Text>
      <Text style={styles.title}>{model.title}</Text>
      <Text style={styles.subtitle}>{model.subtitle}</Text>
      <View style={styles.headerBox}>
        <FactGrid facts={model.header} columns={4} />
      </View>
    </View>
  );
}

export function IdentityBlock({ identity }: { identity: ReportModel["identity"] }) {
  return (
    <Section title={identity.title}>
      <FactGrid facts={identity.facts} columns={3} />
      {identity.masked ? <Text style={styles.note}>{identity.masked}</Text> : null}
      <Text style={styles.label}>{identity.consent.label}</Text>
      <Text>{identity.consent.value}</Text>
    </Section>
  );
}

export function SummaryBlock({ summary }: { summary: ReportModel["summary"] }) {
  return (
    <Section title={summary.title}>
      {summary.warnings.map((warning) => (
        <Text key={warning} style={styles.warning}>
          {warning}
        </Text>
      ))}
      <FactGrid facts={summary.facts} columns={3} />
      {summary.note ? <Text style={styles.note}>{summary.note}</Text> : null}
    </Section>
  );
}

export function MetricsBlock({ metrics }: { metrics: ReportModel["metrics"] }) {
  return (
    <Section title={metrics.title}>
      {metrics.rows.map((row) => (
        <View key={row.key} wrap={false}>
          <View style={styles.row}>
            <Text style={styles.rowLabel}>{row.label}</Text>
            <Text style={styles.rowValue}>{row.value}</Text>
          </View>
          {row.hint ? <Text style={styles.hint}>{row.hint}</Text> : null}
        </View>
      ))}
      <Text style={styles.note}>{metrics.footnote}</Text>
    </Section>
  );
}

export function FlagsBlock({ flags }: { flags: ReportModel["flags"] }) {
  return (
    <Section title={flags.title}>
      {flags.items.length === 0 ? <Text>{flags.none}</Text> : null}
      {flags.items.map((flag) => (
        <View key={flag.label} style={styles.flag} wrap={false}>
          <Text style={styles.flagHead}>
            {`[${flag.severity}] `}
            {flag.label}
          </Text>
          <Text>{flag.text}</Text>
        </View>
      ))}
    </Section>
  );
}

// Column widths of the employers table (per cent of the row): employer, registro patronal, state,
// start, end, duration, weeks, daily, monthly.
const WIDTHS = [25, 12, 11, 9, 9, 11, 6, 8.5, 8.5];
const NUMERIC = new Set([5, 6, 7, 8]);

export function EmployersBlock({ employers }: { employers: ReportModel["employers"] }) {
  const cell = (index: number) => [
    styles.td,
    {
      width: `${WIDTHS[index]}%`,
      textAlign: NUMERIC.has(index) ? ("right" as const) : ("left" as const),
    },
  ];
  return (
    <Section title={employers.title}>
      {employers.rows.length === 0 ? (
        <Text>{employers.empty}</Text>
      ) : (
        <View style={styles.table}>
          <View style={styles.th}>
            {employers.columns.map((column, index) => (
              <Text key={column} style={cell(index)}>
                {column}
              </Text>
            ))}
          </View>
          {employers.rows.map((row, rowIndex) => (
            <View key={`r${rowIndex}`} style={styles.tr} wrap={false}>
              {row.map((value, index) => (
                <Text key={`c${index}`} style={cell(index)}>
                  {value}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
    </Section>
  );
}

export function DecisionBlock({ decision }: { decision: ReportModel["decision"] }) {
  return (
    <Section title={decision.title} keepTogether>
      {decision.facts ? (
        <FactGrid facts={decision.facts} columns={4} />
      ) : (
        <Text>{decision.none}</Text>
      )}
    </Section>
  );
}

/** On every page: "page x of y", the folio and the verification code, and how to verify. */
export function Footer({ model }: { model: ReportModel }) {
  return (
    <>
      <Text
        style={styles.footerMain}
        fixed
        render={({ pageNumber, totalPages }) => model.footer(pageNumber, totalPages)}
      />
      <Text style={styles.footerHint} fixed>
        {model.verifyHint}
      </Text>
    </>
  );
}
