package vn.landinfo.web.cli;

/** Bad command-line arguments: printed with the command's usage, exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
