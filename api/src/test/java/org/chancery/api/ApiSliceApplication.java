package org.chancery.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Where the slice tests of the API find its components: this module's own, and nothing else. */
@SpringBootApplication
class ApiSliceApplication {}
