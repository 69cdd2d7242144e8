package other;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The unrelated application of the install test: one servlet behind HTTP BASIC, checked by the server's default
 * security domain (WildFly's "other", users of ApplicationRealm). It answers with the caller, whether the caller has
 * the role "guest", and a visit count kept in its session, so that the test sees authentication, roles and sessions
 * behave the same before and after Kehu CRM is installed next to it.
 */
@WebServlet("/hello")
public class HelloServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer visits = (Integer) request.getSession().getAttribute("visits");
        visits = visits == null ? 1 : visits + 1;
        request.getSession().setAttribute("visits", visits);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("user=%s guest=%s visits=%d%n",
                request.getUserPrincipal().getName(), request.isUserInRole("guest"), visits);
    }
}
