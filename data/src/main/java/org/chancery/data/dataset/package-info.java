/**
 * The dataset format (NDJSON, one record a line, see {@code docs/dataset.md}): checking, importing and
 * exporting whole registries in streams, so memory grows with the number of ids, never with the file.
 */
@NullMarked
package org.chancery.data.dataset;

import org.jspecify.annotations.NullMarked;
