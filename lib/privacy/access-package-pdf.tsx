import { Document, Font, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { FactGrid, Section } from "@/lib/report/pdf/blocks";
import { styles } from "@/lib/report/pdf/styles";
import type { AccessPackage } from "./access-package";
import {
  presentAccessPackage,
  type AccessSummaryModel,
  type SummaryOptions,
} from "./access-package-summary";
import type { SummaryTable } from "./access-package-words";

// The verification report's page, type and blocks (lib/report/pdf), so both read alike.

// Words are never split with a hyphen: names and column headers read whole.
Font.registerHyphenationCallback((word) => [word]);

function TableBlock({ table }: { table: SummaryTable }) {
  const cell = (index: number) => [styles.td, { width: `${table.columns[index]?.width ?? 0}%` }];
  return (
    <Section title={table.title}>
      {table.rows.length === 0 ? (
        <Text>{table.empty}</Text>
      ) : (
        <View style={styles.table}>
          <View style={styles.th}>
            {table.columns.map((column, index) => (
              <Text key={column.label} style={cell(index)}>
                {column.label}
              </Text>
            ))}
          </View>
          {table.rows.map((row, rowIndex) => (
            <View key={`${table.key}-${rowIndex}`} style={styles.tr} wrap={false}>
              {row.map((value, index) => (
                <Text key={`${table.key}-${rowIndex}-${index}`} style={cell(index)}>
                  {value}
                </Text>
              ))}
            </View>
          ))}
        </View>
      )}
      {table.note ? <Text style={styles.note}>{table.note}</Text> : null}
    </Section>
  );
}

function AccessPackageDocument({ model, at }: { model: AccessSummaryModel; at: Date }) {
  return (
    <Document
      title={model.title}
      author={model.lender}
      subject={model.subtitle}
      creator="Cotiza"
      producer="Cotiza"
      language={model.lang}
      creationDate={at}
      modificationDate={at}
    >
      <Page size="LETTER" style={styles.page}>
        <View style={styles.body}>
          <Text style={styles.lender}>{model.lender}</Text>
          <Text style={styles.title}>{model.title}</Text>
          <Text style={styles.subtitle}>{model.subtitle}</Text>
          <View style={styles.headerBox}>
            <FactGrid facts={model.header} columns={4} />
          </View>
          <Section title={model.person.title}>
            <FactGrid facts={model.person.facts} columns={3} />
            {model.person.note ? <Text style={styles.warning}>{model.person.note}</Text> : null}
          </Section>
          <TableBlock table={model.contents} />
          {model.tables.map((table) => (
            <TableBlock key={table.key} table={table} />
          ))}
        </View>
        <Text
          style={styles.footerMain}
          fixed
          render={({ pageNumber, totalPages }) => model.footer(pageNumber, totalPages)}
        />
      </Page>
    </Document>
  );
}

/** The package's readable summary as a PDF, in the reader's language. */
export function renderAccessPackagePdf(
  pkg: AccessPackage,
  options: SummaryOptions,
): Promise<Buffer> {
  const model = presentAccessPackage(pkg, options);
  return renderToBuffer(<AccessPackageDocument model={model} at={new Date(pkg.generatedAt)} />);
}
