package org.chancery.data.dataset;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.Resource;

/** Opens dataset files: UTF-8 (refusing bytes that are not), gzip-compressed when the name ends in .gz. */
final class DatasetFiles {

    private DatasetFiles() {}

    /** Reads {@code resource} line by line, telling {@code read} how many of its bytes were consumed. */
    static BufferedReader open(Resource resource, Counter read) throws IOException {
        InputStream counted = new FilterInputStream(resource.getInputStream()) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.bytes += n;
                }
                return n;
            }
        };
        InputStream in = gzipped(resource) ? new GZIPInputStream(counted, 1 << 16) : counted;
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
    }

    static Writer create(OutputStream out, boolean gzip) throws IOException {
        OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        return new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 1 << 16);
    }

    static boolean gzipped(Resource resource) {
        String name = resource.getFilename();
        return name != null && name.endsWith(".gz");
    }

    /** The bytes consumed so far. */
    static final class Counter {
        long bytes;
    }
}
