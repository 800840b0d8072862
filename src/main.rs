fn main() -> std::process::ExitCode {
    sealbox::main()
}
