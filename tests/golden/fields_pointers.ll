; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_pending = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !61 {
entry:
  %tmp2 = alloca [2 x i64], align 8, !dbg !67
  %tmp1 = alloca [6 x i64], align 8, !dbg !67
  %tmp = alloca [1 x i64], align 8, !dbg !67
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !66, metadata !DIExpression()), !dbg !67
  %zero = alloca i32, align 4, !dbg !68
  store i32 0, i32* %zero, align 4, !dbg !68
  %0 = bitcast [1 x i64]* %tmp to i8*, !dbg !68
  %1 = getelementptr i8, i8* %ctx, i64 24, !dbg !68
  %2 = bitcast i8* %1 to i64*, !dbg !68
  %3 = load i64, i64* %2, align 8, !dbg !68
  %4 = inttoptr i64 %3 to i8*, !dbg !68
  %5 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %0, i32 1, i8* %4) #0, !dbg !68
  %6 = icmp slt i64 %5, 0, !dbg !68
  %7 = icmp ne i64 %3, 0, !dbg !68
  %8 = and i1 %7, %6, !dbg !68
  br i1 %8, label %cold.keep, label %cold.no, !dbg !68

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %cold.keep
  ret i32 0, !dbg !68

cold.keep:                                        ; preds = %entry
  %9 = bitcast [6 x i64]* %tmp1 to i8*, !dbg !68
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(48) %9, i8 0, i64 48, i1 false), !dbg !68
  %10 = getelementptr i8, i8* %ctx, i64 8, !dbg !68
  %11 = bitcast i8* %10 to i64*, !dbg !68
  %12 = load i64, i64* %11, align 8, !dbg !68
  %13 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 1, !dbg !68
  store i64 %12, i64* %13, align 8, !dbg !68
  %14 = getelementptr i8, i8* %ctx, i64 16, !dbg !68
  %15 = bitcast i8* %14 to i64*, !dbg !68
  %16 = load i64, i64* %15, align 8, !dbg !68
  %17 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 2, !dbg !68
  store i64 %16, i64* %17, align 8, !dbg !68
  %18 = load i64, i64* %2, align 8, !dbg !68
  %19 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 3, !dbg !68
  store i64 %18, i64* %19, align 8, !dbg !68
  %20 = getelementptr i8, i8* %ctx, i64 32, !dbg !68
  %21 = bitcast i8* %20 to i64*, !dbg !68
  %22 = load i64, i64* %21, align 8, !dbg !68
  %23 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 4, !dbg !68
  store i64 %22, i64* %23, align 8, !dbg !68
  %24 = getelementptr i8, i8* %ctx, i64 40, !dbg !68
  %25 = bitcast i8* %24 to i64*, !dbg !68
  %26 = load i64, i64* %25, align 8, !dbg !68
  %27 = getelementptr inbounds [6 x i64], [6 x i64]* %tmp1, i64 0, i64 5, !dbg !68
  store i64 %26, i64* %27, align 8, !dbg !68
  %28 = bitcast [2 x i64]* %tmp2 to i8*, !dbg !68
  %29 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !68
  %30 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 0, !dbg !68
  store i64 %29, i64* %30, align 8, !dbg !68
  %31 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp2, i64 0, i64 1, !dbg !68
  store i64 0, i64* %31, align 8, !dbg !68
  %32 = call i64 inttoptr (i64 2 to i64 (i8*, i8*, i8*, i64)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %28, i8* nonnull %9, i64 0) #0, !dbg !68
  br label %return, !dbg !68

cold.no:                                          ; preds = %entry
  %33 = load i64, i64* %2, align 8, !dbg !69
  %34 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !69
  %.not = icmp eq i8* %34, null, !dbg !69
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !69

rec.fill:                                         ; preds = %cold.no
  %35 = bitcast i8* %34 to i64*, !dbg !69
  store i64 1, i64* %35, align 8, !dbg !69
  %36 = getelementptr i8, i8* %34, i64 8, !dbg !69
  %37 = bitcast i8* %36 to i64*, !dbg !69
  store i64 %33, i64* %37, align 8, !dbg !69
  %38 = getelementptr i8, i8* %34, i64 16, !dbg !69
  %39 = load i64, i64* %2, align 8, !dbg !69
  %40 = inttoptr i64 %39 to i8*, !dbg !69
  %41 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %38, i32 65, i8* %40) #0, !dbg !69
  %42 = getelementptr i8, i8* %34, i64 88, !dbg !69
  %43 = load i64, i64* %2, align 8, !dbg !69
  %44 = inttoptr i64 %43 to i8*, !dbg !69
  %45 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %42, i32 9, i8* %44) #0, !dbg !69
  %46 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !69
  %47 = icmp ugt i64 %46, 65536, !dbg !69
  %48 = select i1 %47, i64 2, i64 1, !dbg !69
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %34, i64 %48) #0, !dbg !69
  br label %return, !dbg !69

rec.lost:                                         ; preds = %cold.no
  %49 = bitcast i32* %zero to i8*, !dbg !69
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %49) #0, !dbg !69
  %.not3 = icmp eq i8* %50, null, !dbg !69
  br i1 %.not3, label %return, label %stat.inc, !dbg !69

stat.inc:                                         ; preds = %rec.lost
  %51 = bitcast i8* %50 to i64*, !dbg !69
  %52 = load i64, i64* %51, align 8, !dbg !69
  %53 = add i64 %52, 1, !dbg !69
  store i64 %53, i64* %51, align 8, !dbg !69
  br label %return, !dbg !69
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat_x(i8* %ctx) #0 section "tracepoint/syscalls/sys_exit_openat" !dbg !70 {
entry:
  %tmp = alloca [2 x i64], align 8, !dbg !73
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !72, metadata !DIExpression()), !dbg !73
  %zero = alloca i32, align 4, !dbg !74
  store i32 0, i32* %zero, align 4, !dbg !74
  %0 = bitcast [2 x i64]* %tmp to i8*, !dbg !74
  %1 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !74
  %2 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 0, !dbg !74
  store i64 %1, i64* %2, align 8, !dbg !74
  %3 = getelementptr inbounds [2 x i64], [2 x i64]* %tmp, i64 0, i64 1, !dbg !74
  store i64 0, i64* %3, align 8, !dbg !74
  %4 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !74
  %.not = icmp eq i8* %4, null, !dbg !74
  br i1 %.not, label %return, label %cold.kept, !dbg !74

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %entry
  ret i32 0, !dbg !74

cold.kept:                                        ; preds = %entry
  %tmp1.sroa.1.0..sroa_idx = getelementptr inbounds i8, i8* %4, i64 24, !dbg !74
  %tmp1.sroa.1.0..sroa_cast = bitcast i8* %tmp1.sroa.1.0..sroa_idx to i64*, !dbg !74
  %tmp1.sroa.1.0.copyload = load i64, i64* %tmp1.sroa.1.0..sroa_cast, align 1, !dbg !74
  %5 = call i64 inttoptr (i64 3 to i64 (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_pending to i8*), i8* nonnull %0) #0, !dbg !74
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 104, i64 0) #0, !dbg !75
  %.not4 = icmp eq i8* %6, null, !dbg !75
  br i1 %.not4, label %rec.lost, label %rec.fill, !dbg !75

rec.fill:                                         ; preds = %cold.kept
  %7 = bitcast i8* %6 to i64*, !dbg !75
  store i64 1, i64* %7, align 8, !dbg !75
  %8 = getelementptr i8, i8* %6, i64 8, !dbg !75
  %9 = bitcast i8* %8 to i64*, !dbg !75
  store i64 %tmp1.sroa.1.0.copyload, i64* %9, align 8, !dbg !75
  %10 = getelementptr i8, i8* %6, i64 16, !dbg !75
  %11 = inttoptr i64 %tmp1.sroa.1.0.copyload to i8*, !dbg !75
  %12 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %10, i32 65, i8* %11) #0, !dbg !75
  %13 = getelementptr i8, i8* %6, i64 88, !dbg !75
  %14 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* %13, i32 9, i8* %11) #0, !dbg !75
  %15 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !75
  %16 = icmp ugt i64 %15, 65536, !dbg !75
  %17 = select i1 %16, i64 2, i64 1, !dbg !75
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %17) #0, !dbg !75
  br label %return, !dbg !75

rec.lost:                                         ; preds = %cold.kept
  %18 = bitcast i32* %zero to i8*, !dbg !75
  %19 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %18) #0, !dbg !75
  %.not5 = icmp eq i8* %19, null, !dbg !75
  br i1 %.not5, label %return, label %stat.inc, !dbg !75

stat.inc:                                         ; preds = %rec.lost
  %20 = bitcast i8* %19 to i64*, !dbg !75
  %21 = load i64, i64* %20, align 8, !dbg !75
  %22 = add i64 %21, 1, !dbg !75
  store i64 %22, i64* %20, align 8, !dbg !75
  br label %return, !dbg !75
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nounwind
define i32 @tp1_ipi_send_cpumask(i8* %ctx) #0 section "tracepoint/ipi/ipi_send_cpumask" !dbg !76 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !78, metadata !DIExpression()), !dbg !79
  %zero = alloca i32, align 4, !dbg !80
  store i32 0, i32* %zero, align 4, !dbg !80
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !81
  %1 = bitcast i8* %0 to i64*, !dbg !81
  %2 = load i64, i64* %1, align 8, !dbg !81
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !81
  %.not = icmp eq i8* %3, null, !dbg !81
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !81

rec.fill:                                         ; preds = %entry
  %4 = bitcast i8* %3 to i64*, !dbg !81
  store i64 4294967297, i64* %4, align 8, !dbg !81
  %5 = getelementptr i8, i8* %3, i64 8, !dbg !81
  %6 = bitcast i8* %5 to i64*, !dbg !81
  store i64 %2, i64* %6, align 8, !dbg !81
  %7 = getelementptr i8, i8* %3, i64 16, !dbg !81
  %8 = getelementptr i8, i8* %ctx, i64 24, !dbg !81
  %9 = bitcast i8* %8 to i64*, !dbg !81
  %10 = load i64, i64* %9, align 8, !dbg !81
  %11 = inttoptr i64 %10 to i8*, !dbg !81
  %12 = call i64 inttoptr (i64 115 to i64 (i8*, i32, i8*)*)(i8* %7, i32 65, i8* %11) #0, !dbg !81
  %13 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !81
  %14 = icmp ugt i64 %13, 65536, !dbg !81
  %15 = select i1 %14, i64 2, i64 1, !dbg !81
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %15) #0, !dbg !81
  br label %rec.done, !dbg !81

rec.lost:                                         ; preds = %entry
  %16 = bitcast i32* %zero to i8*, !dbg !81
  %17 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %16) #0, !dbg !81
  %.not1 = icmp eq i8* %17, null, !dbg !81
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !81

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !80

stat.inc:                                         ; preds = %rec.lost
  %18 = bitcast i8* %17 to i64*, !dbg !81
  %19 = load i64, i64* %18, align 8, !dbg !81
  %20 = add i64 %19, 1, !dbg !81
  store i64 %20, i64* %18, align 8, !dbg !81
  br label %rec.done, !dbg !81
}

; Function Attrs: nounwind
define i32 @tp2_percpu_alloc_percpu(i8* %ctx) #0 section "tracepoint/percpu/percpu_alloc_percpu" !dbg !82 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !84, metadata !DIExpression()), !dbg !85
  %zero = alloca i32, align 4, !dbg !86
  store i32 0, i32* %zero, align 4, !dbg !86
  %0 = getelementptr i8, i8* %ctx, i64 40, !dbg !87
  %1 = bitcast i8* %0 to i64*, !dbg !87
  %2 = load i64, i64* %1, align 8, !dbg !87
  %3 = getelementptr i8, i8* %ctx, i64 56, !dbg !87
  %4 = bitcast i8* %3 to i64*, !dbg !87
  %5 = load i64, i64* %4, align 8, !dbg !87
  %6 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !87
  %.not = icmp eq i8* %6, null, !dbg !87
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !87

rec.fill:                                         ; preds = %entry
  %7 = bitcast i8* %6 to i64*, !dbg !87
  store i64 8589934593, i64* %7, align 8, !dbg !87
  %8 = getelementptr i8, i8* %6, i64 8, !dbg !87
  %9 = bitcast i8* %8 to i64*, !dbg !87
  store i64 %2, i64* %9, align 8, !dbg !87
  %10 = getelementptr i8, i8* %6, i64 16, !dbg !87
  %11 = bitcast i8* %10 to i64*, !dbg !87
  store i64 %5, i64* %11, align 8, !dbg !87
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !87
  %13 = icmp ugt i64 %12, 65536, !dbg !87
  %14 = select i1 %13, i64 2, i64 1, !dbg !87
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %6, i64 %14) #0, !dbg !87
  br label %rec.done, !dbg !87

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !87
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !87
  %.not1 = icmp eq i8* %16, null, !dbg !87
  br i1 %.not1, label %rec.done, label %stat.inc, !dbg !87

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !86

stat.inc:                                         ; preds = %rec.lost
  %17 = bitcast i8* %16 to i64*, !dbg !87
  %18 = load i64, i64* %17, align 8, !dbg !87
  %19 = add i64 %18, 1, !dbg !87
  store i64 %19, i64* %17, align 8, !dbg !87
  br label %rec.done, !dbg !87
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!59, !60}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !47, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "fields_pointers.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_pending", linkageName: "tp_pending", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !29)
!29 = !{!30, !31, !36, !41}
!30 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !16, size: 64, align: 64)
!31 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !32, size: 64, align: 64, offset: 64)
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64, align: 64, dwarfAddressSpace: 0)
!33 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 131072, align: 32, elements: !34)
!34 = !{!35}
!35 = !DISubrange(count: 4096, lowerBound: 0)
!36 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !37, size: 64, align: 64, offset: 128)
!37 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !38, size: 64, align: 64, dwarfAddressSpace: 0)
!38 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 128, align: 64, elements: !39)
!39 = !{!40}
!40 = !DISubrange(count: 2, lowerBound: 0)
!41 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !42, size: 64, align: 64, offset: 192)
!42 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !43, size: 64, align: 64, dwarfAddressSpace: 0)
!43 = !DICompositeType(tag: DW_TAG_array_type, baseType: !44, size: 384, align: 8, elements: !45)
!44 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!45 = !{!46}
!46 = !DISubrange(count: 48, lowerBound: 0)
!47 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !48)
!48 = !{!49, !54}
!49 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !50, size: 64, align: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 27, lowerBound: 0)
!54 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !55, size: 64, align: 64, offset: 64)
!55 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !56, size: 64, align: 64, dwarfAddressSpace: 0)
!56 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !57)
!57 = !{!58}
!58 = !DISubrange(count: 262144, lowerBound: 0)
!59 = !{i32 2, !"Debug Info Version", i32 3}
!60 = !{i32 2, !"Dwarf Version", i32 4}
!61 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !62, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!62 = !DISubroutineType(types: !63)
!63 = !{!12, !64}
!64 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!65 = !{!66}
!66 = !DILocalVariable(name: "ctx", arg: 1, scope: !61, file: !3, line: 3, type: !64)
!67 = !DILocation(line: 3, scope: !61)
!68 = !DILocation(line: 3, column: 1, scope: !61)
!69 = !DILocation(line: 4, column: 2, scope: !61)
!70 = distinct !DISubprogram(name: "tp0_sys_enter_openat_x", linkageName: "tp0_sys_enter_openat_x", scope: !3, file: !3, line: 3, type: !62, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !71)
!71 = !{!72}
!72 = !DILocalVariable(name: "ctx", arg: 1, scope: !70, file: !3, line: 3, type: !64)
!73 = !DILocation(line: 3, scope: !70)
!74 = !DILocation(line: 3, column: 1, scope: !70)
!75 = !DILocation(line: 4, column: 2, scope: !70)
!76 = distinct !DISubprogram(name: "tp1_ipi_send_cpumask", linkageName: "tp1_ipi_send_cpumask", scope: !3, file: !3, line: 6, type: !62, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !77)
!77 = !{!78}
!78 = !DILocalVariable(name: "ctx", arg: 1, scope: !76, file: !3, line: 6, type: !64)
!79 = !DILocation(line: 6, scope: !76)
!80 = !DILocation(line: 6, column: 1, scope: !76)
!81 = !DILocation(line: 7, column: 2, scope: !76)
!82 = distinct !DISubprogram(name: "tp2_percpu_alloc_percpu", linkageName: "tp2_percpu_alloc_percpu", scope: !3, file: !3, line: 9, type: !62, scopeLine: 9, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !83)
!83 = !{!84}
!84 = !DILocalVariable(name: "ctx", arg: 1, scope: !82, file: !3, line: 9, type: !64)
!85 = !DILocation(line: 9, scope: !82)
!86 = !DILocation(line: 9, column: 1, scope: !82)
!87 = !DILocation(line: 10, column: 2, scope: !82)
