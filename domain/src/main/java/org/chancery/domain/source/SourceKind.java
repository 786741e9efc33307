package org.chancery.domain.source;

/** What kind of document a source is. */
public enum SourceKind {
    NEWS_ARTICLE,
    WIRE_REPORT,
    OFFICIAL_DOCUMENT,
    PRESS_RELEASE,
    TREATY_TEXT,
    BOOK,
    WEB_PAGE,
    SOCIAL_MEDIA_POST,
    OTHER
}
