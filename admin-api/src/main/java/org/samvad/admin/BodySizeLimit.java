package org.samvad.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@link AdminApiSettings#maxBodySize()} (CSV bodies, i.e.
 * rosters: over {@link AdminApiSettings#maxCsvSize()}) when a handler reads them: at once when the declared length is over, and as soon as the limit is passed
 * when the length is not declared (chunked). The {@link PayloadTooLarge} thrown is
 * answered 413 like any other problem.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    private static final MediaType CSV = new MediaType("text", "csv");

    private final DataSize bodyLimit;
    private final DataSize csvLimit;

    BodySizeLimit(AdminApiSettings settings) {
        this.bodyLimit = settings.maxBodySize();
        this.csvLimit = settings.maxCsvSize();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Limited(request, isCsv(request.getContentType()) ? csvLimit : bodyLimit), response);
    }

    private static boolean isCsv(String contentType) {
        try {
            return contentType != null && CSV.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final DataSize limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, DataSize limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (getContentLengthLong() > limit.toBytes()) {
                throw new PayloadTooLarge(limit);
            }
            if (limited == null) {
                limited = new Counting(super.getInputStream(), limit);
            }
            return limited;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream body;
        private final DataSize limit;
        private long read;

        Counting(ServletInputStream body, DataSize limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.toBytes()) {
                throw new PayloadTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
