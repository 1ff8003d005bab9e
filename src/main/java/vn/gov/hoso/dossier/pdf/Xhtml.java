package vn.gov.hoso.dossier.pdf;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds the XHTML of the CV as a DOM tree. Text only ever enters as text nodes, so a name like
 * {@code <b>Lê & Co</b>} prints as typed and can never become markup.
 */
final class Xhtml {

  static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

  private final Document document;

  Xhtml() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      this.document = factory.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML document builder", e);
    }
  }

  Document document() {
    return document;
  }

  /** A new element with an optional class attribute. */
  Element element(String name, String cssClass) {
    Element e = document.createElementNS(NAMESPACE, name);
    if (!cssClass.isEmpty()) {
      e.setAttribute("class", cssClass);
    }
    return e;
  }

  /** Appends a child element to a parent and returns the child. */
  Element add(Element parent, String name, String cssClass) {
    Element child = element(name, cssClass);
    parent.appendChild(child);
    return child;
  }

  /** Appends a child element holding a text and returns the child. */
  Element add(Element parent, String name, String cssClass, String text) {
    Element child = add(parent, name, cssClass);
    text(child, text);
    return child;
  }

  void text(Element parent, String text) {
    parent.appendChild(document.createTextNode(text));
  }
}
