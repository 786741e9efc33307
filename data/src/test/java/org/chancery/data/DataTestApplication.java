package org.chancery.data;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The data module on its own: its stores over the configured database, nothing else. */
@SpringBootApplication
public class DataTestApplication {}
