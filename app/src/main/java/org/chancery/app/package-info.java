/**
 * The runnable application: wiring of the domain's use cases to their ports, the founding dataset, and
 * the command line.
 */
@NullMarked
package org.chancery.app;

import org.jspecify.annotations.NullMarked;
