fn main() {
    llm_quiz::mount();
}
