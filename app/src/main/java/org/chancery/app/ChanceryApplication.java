package org.chancery.app;

import java.io.PrintWriter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Chancery server, and the command line that imports, exports and checks datasets. */
@SpringBootApplication(scanBasePackages = "org.chancery")
@ConfigurationPropertiesScan
public class ChanceryApplication {

    public static void main(String[] args) {
        int status = Commands.run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (status != Commands.SERVING) {
            System.exit(status);
        }
    }
}
