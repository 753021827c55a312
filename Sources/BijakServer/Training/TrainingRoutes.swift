import Vapor

/// The training pages under `/pelatihan`.
enum TrainingRoutes {
    static func register(_ pages: any RoutesBuilder) {
        let training = pages.grouped("pelatihan")
        training.get(use: TrainingController.home)
        training.get("materi", ":id", use: TrainingController.lesson)
        training.post("kuis", use: TrainingController.start)
        training.get("kuis", ":id", use: TrainingController.quiz)
        training.post("kuis", ":id", use: TrainingController.answer)
        training.get("sertifikat", ":code", use: TrainingAdminController.certificate)
        training.get("hasil", use: TrainingAdminController.progress)
        training.get("soal", use: TrainingAdminController.questions)
        training.post("soal", use: TrainingAdminController.createQuestion)
        training.get("soal", ":id", use: TrainingAdminController.editQuestion)
        training.post("soal", ":id", use: TrainingAdminController.updateQuestion)
        training.post("soal", ":id", "pensiun", use: TrainingAdminController.toggleQuestion)
    }
}
