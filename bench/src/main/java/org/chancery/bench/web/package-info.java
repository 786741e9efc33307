/**
 * The baseline of the read benchmarks: the entity page of the GraphQL tour served from hand-written SQL
 * and Jackson. It joins the application only when the application runs from the bench module's classes.
 */
@NullMarked
package org.chancery.bench.web;

import org.jspecify.annotations.NullMarked;
