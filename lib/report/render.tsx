import { Document, Font, Page, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReportContent } from "./content";
import { presentReport, type ReportModel } from "./present";
import {
  DecisionBlock,
  EmployersBlock,
  FlagsBlock,
  Footer,
  IdentityBlock,
  MetricsBlock,
  ReportHeader,
  Section,
  SummaryBlock,
} from "./pdf/blocks";
import { SalaryChartBlock } from "./pdf/chart";
import { ScoreGaugesBlock } from "./pdf/gauges";
import { styles } from "./pdf/styles";

// Words are never split with a hyphen: column headers and names read whole.
Font.registerHyphenationCallback((word) => [word]);

function ReportDocument({ model, issuedAt }: { model: ReportModel; issuedAt: Date }) {
  return (
    // Every value the file carries comes from the stored content: no clock, no random id. The
    // creation date is the moment of issue, so re-rendering gives the same bytes.
    <Document
      title={`${model.title} ${model.folio}`}
      author={model.lender}
      subject={model.subtitle}
      creator="Cotiza"
      producer="Cotiza"
      language={model.lang}
      creationDate={issuedAt}
      modificationDate={issuedAt}
    >
      <Page size="LETTER" style={styles.page}>
        <View style={styles.body}>
          <ReportHeader model={model} />
          <IdentityBlock identity={model.identity} />
          <SummaryBlock summary={model.summary} />
          <FlagsBlock flags={model.flags} />
          <DecisionBlock decision={model.decision} />
          <Section title={model.scores.title} breakBefore keepTogether>
            <ScoreGaugesBlock scores={model.scores} />
          </Section>
          <Section title={model.chart.words.title} keepTogether>
            <SalaryChartBlock chart={model.chart} />
          </Section>
          <EmployersBlock employers={model.employers} />
          <MetricsBlock metrics={model.metrics} />
        </View>
        <Footer model={model} />
      </Page>
    </Document>
  );
}

/** The report's PDF: a pure function of its stored content (same content, same bytes). */
export async function renderReport(content: ReportContent): Promise<Buffer> {
  const model = presentReport(content);
  return renderToBuffer(<ReportDocument model={model} issuedAt={new Date(content.issuedAt)} />);
}
