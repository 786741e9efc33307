package org.chancery.admin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.time.Precision;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes dates as readers read them, a partial date as partial: "May 2013", "on or before 6 May 2022". */
@Component
public class DateWording {

    private static final Pattern RANGE = Pattern.compile("\\[([^.\\]]*)\\.\\.([^.\\]]*)]");

    private final MessageSource messages;

    DateWording(MessageSource messages) {
        this.messages = messages;
    }

    public @Nullable DateView view(@Nullable EdtfDate date) {
        if (date == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (date.precision() != Precision.RANGE) {
            String text = exact(date, locale);
            String phrase = messages.getMessage(
                    date.precision() == Precision.DAY ? "date.onDay" : "date.inPeriod", new Object[] {text}, locale);
            return new DateView(date.form(), date.precision(), text, phrase, date.form());
        }
        Matcher ends = RANGE.matcher(date.form());
        String from = ends.matches() && !ends.group(1).isEmpty() ? exact(EdtfDate.parse(ends.group(1)), locale) : null;
        String until = ends.matches() && !ends.group(2).isEmpty() ? exact(EdtfDate.parse(ends.group(2)), locale) : null;
        String text;
        if (from != null && until != null) {
            text = messages.getMessage("date.between", new Object[] {from, until}, locale);
        } else if (from != null) {
            text = messages.getMessage("date.onOrAfter", new Object[] {from}, locale);
        } else if (until != null) {
            text = messages.getMessage("date.onOrBefore", new Object[] {until}, locale);
        } else {
            text = date.form();
        }
        return new DateView(date.form(), Precision.RANGE, text, text, null);
    }

    private static String exact(EdtfDate date, Locale locale) {
        String pattern = switch (date.precision()) {
            case DAY -> "d MMMM uuuu";
            case MONTH -> "MMMM uuuu";
            default -> "uuuu";
        };
        return date.earliest() == null
                ? date.form()
                : DateTimeFormatter.ofPattern(pattern, locale).format(date.earliest());
    }
}
