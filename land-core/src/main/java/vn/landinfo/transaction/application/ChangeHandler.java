package vn.landinfo.transaction.application;

import java.util.Set;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * One use case: what a transaction kind does to the register. It reads the current state through the
 * session, adds a violation for every kind-specific rule the change breaks, and writes the new state
 * (close old versions, open new ones, lineage, rights, certificate effects) through the session. The
 * pipeline around it locks, runs the rules common to every kind, then commits or rolls back — so a
 * handler never decides by itself whether its writes stay.
 */
public interface ChangeHandler<C extends ChangeCommand> {

    Set<TransactionKind> kinds();

    Class<C> commandType();

    void apply(C command, RegisterSession session);
}
