package se.planprocess.devhost;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
    }
}
