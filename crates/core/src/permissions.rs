//! Who may do what: one table, checked by every use case for the acting user, so no adapter can
//! bypass it.

use std::fmt;

use serde::Serialize;

use crate::error::{CoreError, CoreResult};
use crate::model::{Role, User};
use crate::users::SystemPrincipal;

/// An operation that needs permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Operation {
    /// See stock, products, history.
    ViewStock,
    /// Add or change products, locations, partners.
    ManageMasterData,
    /// Add or change users.
    ManageUsers,
    /// Receive goods.
    Receive,
    /// Dispense or issue.
    Dispense,
    /// Move stock between locations.
    Transfer,
    /// Return into stock.
    Return,
    /// Put stock on hold.
    Quarantine,
    /// Release stock from hold.
    Release,
    /// Destroy stock.
    Destroy,
    /// Return stock to the supplier.
    ReturnToSupplier,
    /// Take part in a stock count (start, scan, finish).
    Count,
    /// Apply count adjustments.
    ApplyCount,
    /// Override a blocked verdict.
    Override,
    /// Create and manage recalls.
    ManageRecalls,
    /// Check the ledger.
    Verify,
    /// Load demonstration data.
    LoadDemo,
    /// Push the ledger to the network's hub and see where that stands.
    Sync,
    /// Enrol the site with the network's hub (it holds the site's signing key).
    EnrolSite,
    /// Record that a pack left without a movement: reported stolen, or taken as a sample.
    WriteOff,
}

impl Operation {
    /// The operation's stable code, as serialised (`manage_recalls`), for a refusal's arguments.
    pub fn code(self) -> &'static str {
        match self {
            Operation::ViewStock => "view_stock",
            Operation::ManageMasterData => "manage_master_data",
            Operation::ManageUsers => "manage_users",
            Operation::Receive => "receive",
            Operation::Dispense => "dispense",
            Operation::Transfer => "transfer",
            Operation::Return => "return",
            Operation::Quarantine => "quarantine",
            Operation::Release => "release",
            Operation::Destroy => "destroy",
            Operation::ReturnToSupplier => "return_to_supplier",
            Operation::Count => "count",
            Operation::ApplyCount => "apply_count",
            Operation::Override => "override",
            Operation::ManageRecalls => "manage_recalls",
            Operation::Verify => "verify",
            Operation::LoadDemo => "load_demo",
            Operation::Sync => "sync",
            Operation::EnrolSite => "enrol_site",
            Operation::WriteOff => "write_off",
        }
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Operation::ViewStock => "view stock",
            Operation::ManageMasterData => "change master data",
            Operation::ManageUsers => "manage users",
            Operation::Receive => "receive stock",
            Operation::Dispense => "dispense stock",
            Operation::Transfer => "transfer stock",
            Operation::Return => "return stock",
            Operation::Quarantine => "quarantine stock",
            Operation::Release => "release stock from quarantine",
            Operation::Destroy => "destroy stock",
            Operation::ReturnToSupplier => "return stock to a supplier",
            Operation::Count => "count stock",
            Operation::ApplyCount => "apply count adjustments",
            Operation::Override => "override a blocked scan",
            Operation::ManageRecalls => "manage recalls",
            Operation::Verify => "verify the ledger",
            Operation::LoadDemo => "load demonstration data",
            Operation::Sync => "push the ledger to the hub",
            Operation::EnrolSite => "enrol the site with the hub",
            Operation::WriteOff => "report a pack stolen or taken as a sample",
        })
    }
}

use Operation as O;
use Role::{Admin as A, Manager as M, Qa as Q, Staff as S};

/// The permission table.
pub const PERMISSIONS: &[(Operation, &[Role])] = &[
    (O::ViewStock, &[S, M, Q, A]),
    (O::ManageMasterData, &[M, A]),
    (O::ManageUsers, &[A]),
    (O::Receive, &[S, M, Q, A]),
    (O::Dispense, &[S, M, A]),
    (O::Transfer, &[S, M, A]),
    (O::Return, &[S, M, A]),
    (O::Quarantine, &[S, M, Q, A]),
    (O::Release, &[Q, A]),
    (O::Destroy, &[Q, M, A]),
    (O::ReturnToSupplier, &[Q, M, A]),
    (O::Count, &[S, M, Q, A]),
    (O::ApplyCount, &[M, A]),
    (O::Override, &[M, Q, A]),
    (O::ManageRecalls, &[Q, A]),
    (O::Verify, &[S, M, Q, A]),
    (O::LoadDemo, &[A]),
    // Pushing sends only what is already on the ledger, so anyone who works here may; enrolling
    // gives the site the key it signs with and the hub it trusts, so only an administrator.
    (O::Sync, &[S, M, Q, A]),
    (O::EnrolSite, &[A]),
    // A pack reported stolen or taken as a sample leaves the supply chain for good (its national
    // decommission has no undo), so those who may destroy stock may, not staff.
    (O::WriteOff, &[Q, M, A]),
];

/// Whether `role` may perform `op`.
pub fn allowed(role: Role, op: Operation) -> bool {
    PERMISSIONS
        .iter()
        .any(|(o, roles)| *o == op && roles.contains(&role))
}

/// What each system principal may do: the backup reads the whole file (as `verify` does), the
/// alerts read stock figures; the sync agent and the verification drainer get theirs with the
/// issues that build them. A system principal is disabled like a person who may not sign in, so
/// the role table never applies to it.
pub const SYSTEM_PERMISSIONS: &[(SystemPrincipal, &[Operation])] = &[
    (SystemPrincipal::Backup, &[O::Verify]),
    (SystemPrincipal::Alerts, &[O::ViewStock]),
    // The sync agent pushes and records what the hub answered; it never enrols.
    (SystemPrincipal::Sync, &[O::Sync]),
    (SystemPrincipal::Verification, &[]),
];

/// Whether the system principal may do `op`.
pub fn system_allowed(principal: SystemPrincipal, op: Operation) -> bool {
    SYSTEM_PERMISSIONS
        .iter()
        .any(|(p, ops)| *p == principal && ops.contains(&op))
}

/// `auth.forbidden`: `user`'s role may not perform `op`. The role and the operation are sent as
/// their codes (`qa`, `release`), which the catalogue turns into words ("a QA officer",
/// "release stock from quarantine").
pub fn forbidden(user: &User, op: Operation) -> CoreError {
    CoreError::refused("auth.forbidden")
        .arg("user", user.username.as_str())
        .arg("role", user.role.as_str())
        .arg("operation", op.code())
}

/// Fails unless `user` may perform `op`: a system principal by [`SYSTEM_PERMISSIONS`]
/// (`auth.forbidden` otherwise); a person with `auth.disabled` when disabled, and
/// `auth.forbidden` unless their role may.
pub fn require(user: &User, op: Operation) -> CoreResult<()> {
    let permitted = match SystemPrincipal::of(user) {
        Some(principal) => system_allowed(principal, op),
        None if !user.active => {
            return Err(CoreError::refused("auth.disabled").arg("user", user.username.as_str()));
        }
        None => allowed(user.role, op),
    };
    if permitted {
        Ok(())
    } else {
        Err(forbidden(user, op))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_operations_code_is_its_serialised_name() {
        for (op, _) in PERMISSIONS {
            assert_eq!(
                serde_json::to_value(op).unwrap(),
                op.code(),
                "auth.forbidden sends the code the UI already knows the operation by"
            );
        }
    }

    #[test]
    fn staff_cannot_release_or_manage_users() {
        assert!(
            !allowed(Role::Staff, Operation::Release),
            "releasing held stock is a QA decision"
        );
        assert!(!allowed(Role::Staff, Operation::ManageUsers));
        assert!(allowed(Role::Staff, Operation::Receive));
        assert!(allowed(Role::Qa, Operation::ManageRecalls));
    }

    #[test]
    fn every_operation_has_a_row() {
        for op in [
            O::ViewStock,
            O::ManageMasterData,
            O::ManageUsers,
            O::Receive,
            O::Dispense,
            O::Transfer,
            O::Return,
            O::Quarantine,
            O::Release,
            O::Destroy,
            O::ReturnToSupplier,
            O::Count,
            O::ApplyCount,
            O::Override,
            O::ManageRecalls,
            O::Verify,
            O::LoadDemo,
            O::Sync,
            O::EnrolSite,
            O::WriteOff,
        ] {
            assert!(
                PERMISSIONS.iter().any(|(o, _)| *o == op),
                "{op} needs a row in the table"
            );
            assert!(allowed(Role::Admin, op), "admin may do everything: {op}");
        }
    }
}
