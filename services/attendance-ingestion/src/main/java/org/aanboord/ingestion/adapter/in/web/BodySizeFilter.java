package org.aanboord.ingestion.adapter.in.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses an oversize body with 413 before it is read when it declares its length, and stops reading a chunked
 * body as soon as it passes the limit (the read fails with {@link PayloadTooLargeException}, answered 413).
 */
@Component
class BodySizeFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestLimits limits;

    BodySizeFilter(RequestLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxBodyBytes()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "The body is " + request.getContentLengthLong() + " bytes; at most " + limits.maxBodyBytes()
                            + " are accepted. Split it into smaller batches.");
            problem.setTitle("Request too large");
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limits) : request, response);
    }

    /** Counts what a chunked body delivers and fails the read once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final RequestLimits limits;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, RequestLimits limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limits);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final RequestLimits limits;
        private long read;

        Counting(ServletInputStream in, RequestLimits limits) {
            this.in = in;
            this.limits = limits;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                limits.checkBody(++read);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                limits.checkBody(read);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
