/** What keeps one client from taking the service from others: rate limits per client address or token. */
@NullMarked
package org.chancery.app.traffic;

import org.jspecify.annotations.NullMarked;
