import java.sql.DriverManager;

/** Prints the id of the first consultation (the demo one). */
public class FirstId {
	public static void main(String[] args) throws Exception {
		try (var db = DriverManager.getConnection(args[0], "sa", ""); var rs = db.createStatement().executeQuery("select min(id) from consultation")) {
			rs.next();
			System.out.println(rs.getLong(1));
		}
	}
}
