package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chart of the read benchmark's results is well-formed SVG with a line and a legend entry per query. */
class ChartTests {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String ODD_NAME = "claims <filtered> & \"sorted\"";

    @Test
    void eachQueryMeasuredOnADatabaseIsALineThroughItsSizes() throws Exception {
        Document chart = chart();

        assertThat(chart.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<Element> lines = elements(chart, "polyline");
        assertThat(lines).hasSize(3);
        assertThat(lines)
                .allSatisfy(line ->
                        assertThat(line.getAttribute("points").split(" ")).hasSize(2));
    }

    @Test
    void theLegendNamesEveryQueryEvenOneThatNeedsEscaping() throws Exception {
        List<String> texts =
                elements(chart(), "text").stream().map(Element::getTextContent).toList();

        assertThat(texts).contains(ReadBenchmark.ENTITY_PAGE, ReadBenchmark.HAND_WRITTEN, ODD_NAME);
    }

    @Test
    void aDatabaseWithoutResultsIsSaidNotToBeMeasured() throws Exception {
        Document chart = chart();

        assertThat(elements(chart, "text")).extracting(Element::getTextContent).contains("H2", "PostgreSQL");
        assertThat(elements(chart, "desc").get(0).getTextContent())
                .contains("PostgreSQL: not measured.")
                .contains(ODD_NAME + ": ");
    }

    /** Three queries on H2 at two sizes, nothing on PostgreSQL. */
    static Document chart() throws Exception {
        List<String> results = new ArrayList<>();
        results.add(ReadReport.RESULTS_HEADER);
        for (String query : List.of(ReadBenchmark.ENTITY_PAGE, ReadBenchmark.HAND_WRITTEN, ODD_NAME)) {
            results.add("10000\th2\t" + query + "\t64\t1.250\t4.000\t5000.0\t0.800");
            results.add("100000\th2\t" + query + "\t64\t2.500\t9.000\t2500.0\t1.100");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(Chart.svg(results))));
    }

    static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }
}
