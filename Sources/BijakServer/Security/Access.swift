import Vapor

extension Request {
    /// The signed-in user, if any.
    var currentUser: User? { auth.get(User.self) }

    /// The signed-in user; pages answer a missing sign-in with a redirect to the sign-in page.
    func requireUser() throws -> User {
        guard let user = currentUser else { throw AppError.unauthorized }
        return user
    }

    /// The signed-in user when their role is one of `roles`; anyone else is refused.
    func requireRole(_ roles: Set<Role>) throws -> User {
        let user = try requireUser()
        guard roles.contains(user.role) else { throw AppError.forbidden }
        return user
    }
}
