/**
 * GraphiQL at {@code /graphiql}: the page, its script and its styles are the application's own, and
 * GraphiQL and React come from webjars on the classpath, so the page works with no internet access and
 * loads no script from elsewhere.
 */
@NullMarked
package org.chancery.api.graphiql;

import org.jspecify.annotations.NullMarked;
