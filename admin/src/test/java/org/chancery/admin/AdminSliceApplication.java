package org.chancery.admin;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Where the slice tests of the curator pages find their components: this module's own, and nothing else. */
@SpringBootApplication
class AdminSliceApplication {}
