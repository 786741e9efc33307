/** Benchmarks of Chancery and the generator of the registries they run on. */
@NullMarked
package org.chancery.bench;

import org.jspecify.annotations.NullMarked;
