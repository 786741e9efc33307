package org.chancery.bench;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class where the default locale writes decimal commas (German), as a curator's machine may:
 * a report must write its figures alike everywhere.
 */
final class DecimalCommas implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(DecimalCommas.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put(Locale.Category.FORMAT, Locale.getDefault(Locale.Category.FORMAT));
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(Locale.Category.FORMAT, context.getStore(HERE).get(Locale.Category.FORMAT, Locale.class));
    }
}
